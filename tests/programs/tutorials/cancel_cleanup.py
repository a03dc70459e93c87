import asyncio


class Connection:
    def __init__(self, name):
        self.name = name
        self.closed = False

    async def close(self):
        await asyncio.sleep(0.05)
        self.closed = True
        print(f"{self.name} closed")


async def handler(name, duration):
    conn = Connection(name)
    try:
        print(f"{name} working")
        await asyncio.sleep(duration)
        print(f"{name} completed")
        return "ok"
    except asyncio.CancelledError as e:
        print(f"{name} cancelled with args {e.args}")
        raise
    finally:
        await conn.close()


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: ignoring cancellation once")
    await asyncio.sleep(0.1)
    return "survived"


async def main():
    t = asyncio.create_task(handler("h1", 1.0))
    await asyncio.sleep(0.1)
    t.cancel(msg="shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw CancelledError", e.args, t.cancelled())

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0.05)
    s.cancel()
    print("stubborn result:", await s, s.cancelled())

    tasks = [asyncio.create_task(handler(f"g{i}", 0.2 * (i + 1))) for i in range(3)]
    group = asyncio.gather(*tasks)
    await asyncio.sleep(0.3)
    group.cancel()
    try:
        await group
    except asyncio.CancelledError:
        print("gather cancelled")
    print([("cancelled" if t.cancelled() else t.result()) for t in tasks])

    async def outer():
        inner = asyncio.create_task(handler("inner", 0.5))
        try:
            return await inner
        finally:
            print("outer finally; inner cancelled:", inner.cancelled())

    o = asyncio.create_task(outer())
    await asyncio.sleep(0.1)
    o.cancel()
    await asyncio.gather(o, return_exceptions=True)
    print("outer cancelled:", o.cancelled())


asyncio.run(main())
