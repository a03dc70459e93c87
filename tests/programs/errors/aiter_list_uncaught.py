import asyncio

async def main():
    it = aiter([1, 2, 3])
    print(await anext(it))

asyncio.run(main())
