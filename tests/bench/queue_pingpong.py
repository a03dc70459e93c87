# Ping-pong over two unbounded asyncio.Queues: ping puts 1,000,000 items
# one at a time on `there` and waits for each to come back on `back`;
# pong echoes every item (1,000,000 round trips, 2,000,000 put/get pairs).
# Timed by bench.sh; eval.BenchmarkQueuePingPong is the same.
import asyncio

N = 1_000_000


async def ping(there, back, n):
    total = 0
    for i in range(n):
        await there.put(i)
        total += await back.get()
    await there.put(None)
    return total


async def pong(there, back):
    while True:
        item = await there.get()
        if item is None:
            return
        await back.put(item)


async def main():
    there, back = asyncio.Queue(), asyncio.Queue()
    echo = asyncio.create_task(pong(there, back))
    print(await ping(there, back, N))
    await echo


asyncio.run(main())
