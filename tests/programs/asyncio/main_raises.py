import asyncio


async def helper():
    await asyncio.sleep(0.1)
    raise ValueError("from helper")


async def main():
    print("start")
    await helper()


asyncio.run(main())
