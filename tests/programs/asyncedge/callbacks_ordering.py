import asyncio

async def main():
    loop = asyncio.get_running_loop()
    out = []
    now = loop.time()
    loop.call_at(now + 0.02, out.append, "at-a")
    loop.call_later(0.01, out.append, "later-1")
    loop.call_soon(out.append, "soon-1")
    loop.call_at(now + 0.02, out.append, "at-b")
    h = loop.call_later(0.015, out.append, "cancelled")
    loop.call_soon(out.append, "soon-2")
    loop.call_later(0, out.append, "later-0")
    loop.call_later(-1, out.append, "later-neg")
    h.cancel()
    print(h.cancelled())
    await asyncio.sleep(0)
    print(out)
    await asyncio.sleep(0.05)
    print(out)
    fut = loop.create_future()
    def cb(f):
        print("cb sees", f.result())
    fut.add_done_callback(cb)
    fut.add_done_callback(lambda f: print("lambda cb"))
    print(fut.remove_done_callback(cb))
    fut.set_result(3)
    print("set")
    await asyncio.sleep(0)
    th = loop.call_later(0.01, print, "timer")
    print(type(th).__name__, round(th.when() - loop.time(), 2))
    await asyncio.sleep(0.02)

asyncio.run(main())
