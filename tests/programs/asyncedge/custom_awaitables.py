import asyncio

class Yielder:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for i in range(self.n):
            yield
        return "yielded %d" % self.n

class FutAwait:
    def __await__(self):
        loop = asyncio.get_running_loop()
        f = loop.create_future()
        loop.call_later(0.1, f.set_result, "fut-done")
        r = yield from f
        return r.upper()

class FromCoro:
    def __await__(self):
        return inner().__await__()

async def inner():
    await asyncio.sleep(0.01)
    return 42

class BadReturn:
    def __await__(self):
        return 5

async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(ticker())
    print(await Yielder(3))
    print(await FutAwait())
    print(await FromCoro())
    await t
    try:
        await BadReturn()
    except TypeError as e:
        print("TypeError:", e)
    print(await asyncio.gather(Yielder(1), FutAwait(), FromCoro()))

asyncio.run(main())
