import asyncio

class Ticker:
    def __init__(self, limit, delay):
        self.limit = limit
        self.delay = delay
        self.i = 0
    def __aiter__(self):
        print("__aiter__ called")
        return self
    async def __anext__(self):
        if self.i >= self.limit:
            print("raising StopAsyncIteration")
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.i

async def main():
    async for t in Ticker(3, 0.5):
        print("tick", t)

asyncio.run(main())
