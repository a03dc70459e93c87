import asyncio

def gen():
    yield 1

async def main():
    print(await anext(gen()))

asyncio.run(main())
