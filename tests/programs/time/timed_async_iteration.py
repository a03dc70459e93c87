import asyncio
import time

class Slow:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(1)
        return self.n

async def main():
    start = time.monotonic()
    async for v in Slow(3):
        print(v, round(time.monotonic() - start))
    print("total", round(time.monotonic() - start))

asyncio.run(main())
