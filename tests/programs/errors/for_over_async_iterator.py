import asyncio

class AsyncIterator:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration

async def agen():
    yield 1

async def coro():
    return 1

async def main():
    for obj in [AsyncIterator(), agen()]:
        try:
            for x in obj:
                print(x)
        except TypeError as e:
            print(e)
    c = coro()
    try:
        for x in c:
            pass
    except TypeError as e:
        print(e)
    await c

asyncio.run(main())
