import asyncio

async def double(x):
    return x * 2

async def main():
    gen = (await double(x) for x in range(3))
    print(type(gen).__name__)
    print([v async for v in gen])

asyncio.run(main())
