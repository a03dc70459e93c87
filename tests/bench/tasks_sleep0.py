# 100,000 tasks, each awaiting asyncio.sleep(0) three times, under
# asyncio.run (timed by bench.sh; eval.BenchmarkTasksSleep0 is the same).
import asyncio

N = 100_000


async def worker(i):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return i


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(N)]
    total = 0
    for t in tasks:
        total += await t
    print(total)


asyncio.run(main())
