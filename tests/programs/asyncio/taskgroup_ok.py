import asyncio


async def work(name, delay):
    print(name, "start")
    await asyncio.sleep(delay)
    print(name, "end")
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("one", 1.0))
        t2 = tg.create_task(work("two", 0.5), name="named")
        print(repr(tg))
    print(repr(tg), t1.result(), t2.result(), t2.get_name())
    late = work("late", 0)
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print("RuntimeError:", e)
    late.close()
    fresh = asyncio.TaskGroup()
    early = work("early", 0)
    try:
        fresh.create_task(early)
    except RuntimeError as e:
        print("RuntimeError:", e)
    early.close()


asyncio.run(main())
