import asyncio

async def agen():
    yield 1
    yield 2

class It:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration

async def main():
    g = agen()
    print(await anext(g, "d"), await anext(g, "d"), await anext(g, "d"), await anext(g, "d"))
    print(await anext(It(), None))
    aw = anext(agen())
    print(type(aw).__name__)
    print(await aw)
    try:
        await anext(It())
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)
    try:
        anext([1])
    except TypeError as e:
        print("TypeError:", e)
    try:
        aiter(5)
    except TypeError as e:
        print("TypeError:", e)
    g = agen()
    print(aiter(g) is g)
    a1 = g.__anext__()
    a2 = g.__anext__()
    print(await a2, await a1)
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("exhausted")

asyncio.run(main())
