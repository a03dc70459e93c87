import asyncio

def numbers():
    yield 1

async def main():
    async for n in numbers():
        print(n)

asyncio.run(main())
