import asyncio

class AsyncIterable:
    def __init__(self, data):
        self.data = data

    def __aiter__(self):
        return AsyncIterator(self.data)

class AsyncIterator:
    def __init__(self, data):
        self.data = data
        self.index = 0

    async def __anext__(self):
        if self.index >= len(self.data):
            raise StopAsyncIteration
        await asyncio.sleep(0.1)
        item = self.data[self.index]
        self.index += 1
        return item

async def main():
    ait = aiter(AsyncIterable([1, 2, 3]))
    print(await anext(ait))  # 1
    print(await anext(ait))  # 2
    print(await anext(ait))  # 3

asyncio.run(main())
