import asyncio

async def agen():
    for i in range(4):
        yield i

async def main():
    gen = (x * 10 async for x in agen())
    print(type(gen).__name__)
    async for v in gen:
        print(v)
    squares = (x * x async for x in agen() if x)
    print([v async for v in squares])

asyncio.run(main())
