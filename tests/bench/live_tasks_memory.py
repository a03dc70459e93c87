# Peak memory per live task: 100,000 tasks all waiting on one
# asyncio.Event. Under python3 it prints tracemalloc's bytes/task while
# they are all alive; pyasync has no tracemalloc, so there it only runs,
# and eval.BenchmarkLiveTasksMemory measures the Go heap of the same
# program. With the argument --no-trace (bench.sh's timing runs)
# tracemalloc stays off under python3 too.
import asyncio
import sys

N = 100_000


async def waiter(event, i):
    await event.wait()
    return i


async def main():
    tracemalloc = None
    if "--no-trace" not in sys.argv:
        try:
            import tracemalloc
        except ImportError:
            pass
    event = asyncio.Event()
    if tracemalloc:
        tracemalloc.start()
    tasks = [asyncio.create_task(waiter(event, i)) for i in range(N)]
    await asyncio.sleep(0)  # every task has run up to event.wait()
    if tracemalloc:
        current, _ = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"{current / N:.0f} bytes/task")
    event.set()
    results = await asyncio.gather(*tasks)
    print(len(results), "tasks finished, sum", sum(results))


asyncio.run(main())
