import asyncio

async def main():
    r1 = await asyncio.sleep(0.5)
    r2 = await asyncio.sleep(0.1, result="done")
    r3 = await asyncio.sleep(0, "positional result")
    r4 = await asyncio.sleep(0, result=[1, 2])
    r5 = await asyncio.sleep(-1, "negative delay returns at once")
    print(r1, r2, r3, r4, r5)

asyncio.run(main())
