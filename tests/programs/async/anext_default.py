import asyncio

async def agen():
    yield 1

class Empty:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration

async def main():
    g = agen()
    print(await anext(g, "default"))
    print(await anext(g, "default"))
    print(await anext(g, None))
    print(await anext(Empty(), "empty default"))
    print(await anext(Empty(), 0))

asyncio.run(main())
