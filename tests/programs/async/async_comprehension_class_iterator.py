import asyncio

class Slow:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        await asyncio.sleep(0.1)
        return self.items.pop(0)

async def main():
    print([x.upper() async for x in Slow("abc")])
    print({x async for x in Slow([1, 2, 2])})

asyncio.run(main())
