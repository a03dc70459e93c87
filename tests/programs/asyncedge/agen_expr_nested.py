import asyncio

async def arange(n, d=0.001):
    for i in range(n):
        await asyncio.sleep(d)
        yield i

async def sq(x):
    await asyncio.sleep(0)
    return x * x

async def main():
    ge = (await sq(x) async for x in arange(6) if x % 2 == 0)
    print(type(ge).__name__)
    print([v async for v in ge])
    res = [[await sq(y) async for y in arange(x) if y != 1] async for x in arange(4) if x]
    print(res)
    d = {x: [y async for y in arange(x)] async for x in arange(3)}
    print(d)
    s = {await sq(x) for x in range(-3, 4) if await sq(x) > 1}
    print(sorted(s))
    g = (x for x in [await sq(3), await sq(4)])
    print(list(g))
    ge2 = (y async for y in arange(3))
    print(await ge2.__anext__(), await ge2.asend(None))
    await ge2.aclose()
    print([x async for x in ge2])
    nested = [x + y async for x in arange(3) for y in range(2) if (x + y) % 2]
    print(nested)

asyncio.run(main())
