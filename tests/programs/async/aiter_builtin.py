import asyncio

async def agen():
    yield 1
    yield 2

class AIt:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration

async def main():
    g = agen()
    print(aiter(g) is g)
    it = AIt()
    print(aiter(it) is it)
    print([x async for x in aiter(agen())])

asyncio.run(main())
