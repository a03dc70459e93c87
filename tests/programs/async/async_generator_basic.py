import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i * i

async def main():
    g = agen(4)
    print(type(g).__name__, type(agen).__name__)
    async for v in g:
        print(v)
    print("done")

asyncio.run(main())
