import asyncio


async def fails():
    raise ValueError("nobody looks at me")


async def fails_later():
    await asyncio.sleep(0)
    1 / 0


async def retrieved():
    raise KeyError("seen")


async def main():
    asyncio.create_task(fails())
    t = asyncio.create_task(fails_later())
    r = asyncio.create_task(retrieved())
    await asyncio.sleep(0.1)
    print(type(r.exception()).__name__)
    print("main done")


asyncio.run(main())
print("after run")
