# await (with a real suspension) in every kind of expression position
import asyncio


async def v(x):
    await asyncio.sleep(0)
    return x


class Box:
    def __init__(self):
        self.items = {}

    def __getitem__(self, k):
        return self.items[k]

    def __setitem__(self, k, val):
        self.items[k] = val


async def main():
    print(await v(1) + await v(2) * await v(3))
    print([await v(i) for i in range(3)], (await v("a"), await v("b")))
    print({await v("k"): await v("v"), **{await v("x"): 1}})
    print({await v(1), await v(2)})
    print(f"{await v('f')}-{await v(3.14159):.2f}-{await v('r')!r}")
    print(await v(True) and await v("and"), await v(0) or await v("or"))
    print(await v("yes") if await v(1) else await v("no"))
    print(await v(1) < await v(2) < await v(3), await v(3) < await v(2) < await v(1))
    print(-await v(5), not await v(0))
    print((await v([10, 20, 30]))[await v(1)], (await v("hello"))[await v(1):await v(3)])
    print(len(await v([1, 2])), max(await v(1), await v(9), key=lambda x: -x))
    b = Box()
    b[await v("slot")] = await v(42)
    print(b["slot"])
    x = 1
    x += await v(10)
    print(x)
    a, (c, *d) = await v((1, (2, 3, 4)))
    print(a, c, d)
    if (n := await v(7)) > 5:
        print("walrus", n)
    print(sum([await v(i) for i in range(4) if await v(i % 2)]))
    print(print.__name__, (await v(str)).__name__)
    print(*[await v(1), await v(2)], sep=await v("|"))
    kw = {"sep": await v("-")}
    print(await v("a"), await v("b"), **kw)
    try:
        assert await v(False), await v("assert message")
    except AssertionError as e:
        print("AssertionError", e)
    try:
        raise ValueError(await v("raised"))
    except ValueError as e:
        print(e)
    lam = [await v(lambda: "lambda")][0]
    print(lam())
    while await v(x) < 14:
        x += await v(1)
    print("while", x)
    for i in [await v(i) for i in range(2)]:
        print("for", i, await v(i * 10))
    else:
        print("else", await v("done"))


asyncio.run(main())
