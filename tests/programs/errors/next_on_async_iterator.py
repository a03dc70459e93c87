import asyncio

class AsyncIterator:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration

async def agen():
    yield 1

async def main():
    for obj in [AsyncIterator(), agen()]:
        try:
            next(obj)
        except TypeError as e:
            print(e)

asyncio.run(main())
