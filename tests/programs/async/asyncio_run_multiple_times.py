import asyncio

async def step(n):
    await asyncio.sleep(0.01)
    print("step", n)
    return n

for i in range(3):
    print("run returned", asyncio.run(step(i)))
