import asyncio


async def ok(delay):
    try:
        await asyncio.sleep(delay)
        print("ok finished")
    except asyncio.CancelledError:
        print("ok cancelled by the group")
        raise


async def bad(delay, msg):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(1))
            tg.create_task(bad(0.5, "first"))
            tg.create_task(bad(0.5, "second"))
            await asyncio.sleep(25)
            print("not reached")
    except ExceptionGroup as eg:
        print("caught", repr(eg), [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(0.5))
            raise KeyError("body")
    except ExceptionGroup as eg:
        print(eg, [repr(e) for e in eg.exceptions])


asyncio.run(main())
