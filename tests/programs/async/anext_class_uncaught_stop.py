import asyncio

class Done:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration("no more")

async def main():
    await anext(Done())

asyncio.run(main())
