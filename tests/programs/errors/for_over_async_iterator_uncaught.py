import asyncio

class AsyncIterator:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration

async def main():
    for item in AsyncIterator():
        print(item)

asyncio.run(main())
