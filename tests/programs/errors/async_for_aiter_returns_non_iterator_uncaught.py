import asyncio

class Broken:
    def __aiter__(self):
        return [1, 2, 3]

async def main():
    async for x in Broken():
        print(x)

asyncio.run(main())
