import asyncio

class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.v

class Source:
    def __init__(self):
        self.items = [1, 2, 3]
    def __aiter__(self):
        return self
    def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return Value(self.items.pop(0) * 100)

async def main():
    async for v in Source():
        print(v)
    print(await anext(Source()))

asyncio.run(main())
