import asyncio


async def work(x):
    await asyncio.sleep(0.1)
    return x * 2


async def main():
    t = asyncio.create_task(work(1))
    print(t.get_name(), t.done(), isinstance(t, asyncio.Future), type(t).__name__)
    t2 = asyncio.create_task(work(2), name="second")
    print(t2.get_name())
    t2.set_name(99)
    print(repr(t2.get_name()))
    print(t.get_coro().__class__.__name__)
    print(await t, await t2, t.result(), t.done(), t.exception())
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.create_task(5)
    except TypeError as e:
        print("TypeError:", e)
    t3 = asyncio.ensure_future(work(3))
    print(t3.get_name(), await t3)
    loop = asyncio.get_running_loop()
    t4 = loop.create_task(work(4), name="via loop")
    print(t4.get_name(), await t4)


asyncio.run(main())
