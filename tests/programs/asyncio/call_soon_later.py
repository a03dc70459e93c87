import asyncio


def cb(tag, *args):
    print("callback", tag, args)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(1.0, cb, "later 1.0")
    loop.call_later(0.5, cb, "later 0.5")
    h = loop.call_later(0.75, cb, "cancelled")
    loop.call_at(loop.time() + 0.25, cb, "at +0.25", 1, 2)
    loop.call_soon(cb, "soon 1")
    loop.call_soon(cb, "soon 2")
    print(type(h).__name__, h.cancelled())
    h.cancel()
    print(h.cancelled())
    h2 = loop.call_soon(cb, "never")
    h2.cancel()
    print(repr(h2))
    print("before sleep")
    await asyncio.sleep(0)
    print("after sleep(0)")
    await asyncio.sleep(1.5)
    print("end")


asyncio.run(main())
