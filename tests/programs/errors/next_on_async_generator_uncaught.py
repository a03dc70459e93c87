import asyncio

async def ticks():
    yield 1

async def main():
    gen = ticks()
    value = next(gen)

asyncio.run(main())
