import asyncio

async def inner(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ValueError("bad n %d" % n)
    return n

async def gen():
    for i in range(5):
        v = await inner(i)
        yield v

async def consume():
    total = 0
    async for v in gen():
        print("v", v)
        total += v
    return total

async def main():
    print(await consume())

asyncio.run(main())
