import asyncio

async def agen():
    for i in [2, 1, 0]:
        yield i

async def main():
    print([10 // x async for x in agen()])

asyncio.run(main())
