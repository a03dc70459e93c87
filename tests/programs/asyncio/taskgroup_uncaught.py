import asyncio


async def bad(delay, msg):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad(0.1, "uncaught"))


asyncio.run(main())
