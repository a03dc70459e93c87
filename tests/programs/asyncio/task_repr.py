import asyncio
import sys


async def child():
    await asyncio.sleep(5)
    return "x" * 40


def on_done(fut):
    pass


async def main():
    t = asyncio.create_task(child(), name="kid")
    print(repr(t), file=sys.stderr)
    await asyncio.sleep(0)
    t.add_done_callback(on_done)
    print(repr(t), file=sys.stderr)
    t.cancel()
    print(repr(t), file=sys.stderr)
    await asyncio.sleep(0)
    print(repr(t), file=sys.stderr)
    t2 = asyncio.create_task(child())
    t2.remove_done_callback(on_done)
    await asyncio.sleep(7.5)
    print(repr(t2), file=sys.stderr)
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for _ in range(4):
        f.add_done_callback(on_done)
    print(repr(f), file=sys.stderr)
    f.set_result(list(range(10)))
    print(repr(f), file=sys.stderr)


asyncio.run(main())
