import asyncio

async def agen(n):
    for i in range(n):
        yield i

async def main():
    print([(a, b) for a in range(2) async for b in agen(2)])
    print([(a, b) async for a in agen(2) for b in range(a + 1)])
    print([(a, b) async for a in agen(3) async for b in agen(a) if (a + b) % 2])
    print([[b async for b in agen(a)] async for a in agen(3)])

asyncio.run(main())
