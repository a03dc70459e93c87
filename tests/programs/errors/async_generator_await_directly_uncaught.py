import asyncio

async def numbers():
    yield 1
    yield 2

async def main():
    result = await numbers()
    print(result)

asyncio.run(main())
