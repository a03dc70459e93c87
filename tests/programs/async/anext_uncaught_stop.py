import asyncio

async def one():
    yield "only value"

async def main():
    gen = one()
    print(await anext(gen))
    print(await anext(gen))

asyncio.run(main())
