import asyncio

async def boom(n):
    await asyncio.sleep(0.05 * n)
    raise ValueError(f"boom {n}")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boom(1))
        tg.create_task(boom(2))
        tg.create_task(asyncio.sleep(1))

asyncio.run(main())
