# A two-stage async generator pipeline of 1,000,000 items consumed by
# async for (timed: `time python3 async_pipeline.py` against
# `time pyasync async_pipeline.py`; see bench.sh).
import asyncio

N = 1_000_000


async def numbers(n):
    for i in range(n):
        yield i


async def squares(source):
    async for x in source:
        yield x * x


async def main():
    total = 0
    async for v in squares(numbers(N)):
        total += v
    print(total)


asyncio.run(main())
