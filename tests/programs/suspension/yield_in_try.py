# yields and awaits suspended inside try/except/else/finally and with blocks
import asyncio


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return self.name == "suppress"


class ACM(CM):
    async def __aenter__(self):
        await asyncio.sleep(0)
        return self.__enter__()

    async def __aexit__(self, *exc):
        await asyncio.sleep(0)
        return self.__exit__(*exc)


def gen():
    try:
        yield 1
        raise KeyError("k")
    except KeyError as e:
        yield f"handler {e}"
    else:
        yield "not reached"
    finally:
        yield "finally"
    with CM("plain"):
        yield "in with"
    with CM("suppress"):
        yield "before error"
        raise RuntimeError("suppressed")
    yield "after"


async def agen():
    async with ACM("async") as cm:
        await asyncio.sleep(0)
        yield cm.name
    try:
        await asyncio.sleep(0)
        yield "try"
        await asyncio.sleep(0)
    finally:
        await asyncio.sleep(0)
        yield "finally"
    async with ACM("suppress"):
        await asyncio.sleep(0)
        raise ValueError("gone")
    yield "end"


async def main():
    print(list(gen()))
    print([x async for x in agen()])
    g = gen()
    print(next(g), next(g))
    print(g.throw(ValueError("thrown")) if False else g.send(None))
    g.close()
    print("closed")
    try:
        async with ACM("raise"):
            await asyncio.sleep(0)
            raise TypeError("propagates")
    except TypeError as e:
        print("caught", e)


asyncio.run(main())
