import asyncio

async def main():
    values = [1, 2, 3]
    async for v in values:
        print(v)

asyncio.run(main())
