import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def main():
    print([x async for x in agen(5)])
    print([x * x async for x in agen(6) if x % 2 == 0])
    print([x async for x in agen(10) if x > 2 if x < 6])
    print([(x, y) async for x in agen(2) for y in "ab"])

asyncio.run(main())
