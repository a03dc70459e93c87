import asyncio

async def ok(n):
    await asyncio.sleep(0.1 * n)
    return n

async def bad():
    await asyncio.sleep(0.05)
    raise ValueError("bad")

async def main():
    t1 = asyncio.create_task(ok(1))
    t2 = asyncio.create_task(ok(5))
    t3 = asyncio.create_task(bad())
    asyncio.get_running_loop().call_later(0.2, t2.cancel)
    res = await asyncio.gather(t1, t2, t3, return_exceptions=True)
    print([type(r).__name__ for r in res], res[0])
    g = asyncio.gather(ok(1), ok(2))
    await asyncio.sleep(0.15)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    try:
        await asyncio.gather(ok(1), bad(), ok(3))
    except ValueError as e:
        print("first exception", e)
    await asyncio.sleep(0.5)
    print(await asyncio.gather())
    a = asyncio.create_task(ok(1))
    print(await asyncio.gather(a, a, ok(0)))
    t = asyncio.create_task(ok(2))
    t.cancel()
    try:
        await asyncio.gather(t)
    except asyncio.CancelledError:
        print("gather of cancelled child raises CancelledError")

asyncio.run(main())
