import asyncio

async def source():
    yield 1
    await asyncio.sleep(0.1)
    raise ValueError("source broke")

async def main():
    async for v in source():
        print("got", v)

asyncio.run(main())
