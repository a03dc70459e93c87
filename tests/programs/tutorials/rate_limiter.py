import asyncio
import time


class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.updated = time.monotonic()
        self._lock = asyncio.Lock()

    def _refill(self):
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    async def acquire(self):
        async with self._lock:
            while True:
                self._refill()
                if self.tokens >= 1:
                    self.tokens -= 1
                    return
                wait = (1 - self.tokens) / self.rate
                await asyncio.sleep(wait)

    def __repr__(self):
        return f"TokenBucket(rate={self.rate}, capacity={self.capacity})"


async def request(bucket, i, start, log):
    await bucket.acquire()
    elapsed = time.monotonic() - start
    log.append((i, round(elapsed * bucket.rate)))


async def main():
    bucket = TokenBucket(rate=5, capacity=3)
    print(bucket)
    start = time.monotonic()
    log = []
    await asyncio.gather(*[request(bucket, i, start, log) for i in range(8)])
    for i, t in log:
        print(f"request {i} after ~{t} refill intervals")
    total = time.monotonic() - start
    print("total intervals about", round(total * bucket.rate))


asyncio.run(main())
