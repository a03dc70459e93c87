import asyncio

async def level3(x):
    print("level3 start")
    await asyncio.sleep(0.1)
    print("level3 end")
    return x + 1

async def level2(x):
    y = await level3(x)
    return y * 10

async def level1():
    results = []
    for i in range(3):
        results.append(await level2(i))
    return results

print(asyncio.run(level1()))
