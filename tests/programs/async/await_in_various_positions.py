import asyncio

async def v(x):
    await asyncio.sleep(0)
    return x

async def main():
    a = await v(1) + await v(2)
    b = [await v(3), (await v(4), await v(5))]
    c = {await v("k"): await v("value")}
    d = f"{await v('in f-string')}"
    e = await v(True) and await v("and")
    g = await v(0) or await v("or")
    h = (await v(10)) if await v(False) else (await v(20))
    print(a, b, c, d, e, g, h)
    print(await v(print) is print, -await v(3), not await v(0))
    items = [1, 2, 3]
    items[await v(0)] = await v("replaced")
    print(items)

asyncio.run(main())
