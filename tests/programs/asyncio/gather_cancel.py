import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(name, "was cancelled")
        raise


async def main():
    g = asyncio.gather(child("a", 1), child("b", 2))
    await asyncio.sleep(0.5)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    g2 = asyncio.gather(child("c", 10), child("d", 0.5), return_exceptions=True)
    await asyncio.sleep(2.5)
    g2.cancel()
    try:
        print(await g2)
    except asyncio.CancelledError:
        print("cancelled even with return_exceptions")
    inner = asyncio.create_task(child("inner", 1))
    outer = asyncio.create_task(child("outer", 1))
    await asyncio.sleep(0)
    inner.cancel()
    outer.cancel()
    res = await asyncio.gather(inner, outer, return_exceptions=True)
    print([type(r).__name__ for r in res])


asyncio.run(main())
