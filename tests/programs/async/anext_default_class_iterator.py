import asyncio

class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await asyncio.sleep(0.1)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    c = Counter(2)
    results = []
    while (v := await anext(c, "stop")) != "stop":
        results.append(v)
    print(results)

asyncio.run(main())
