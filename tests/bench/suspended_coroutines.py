# Memory held by 100,000 coroutines suspended at an await, alive at once.
# Under python3 it reports tracemalloc's count; under pyasync the Go
# benchmark eval.BenchmarkSuspendedCoroutines measures the same program.
import sys

N = 100_000


class Suspend:
    def __await__(self):
        yield


async def worker(i):
    total = i
    await Suspend()
    return total


def main():
    try:
        import tracemalloc
    except ImportError:
        tracemalloc = None
    if tracemalloc:
        tracemalloc.start()
    coros = [worker(i) for i in range(N)]
    for c in coros:
        c.send(None)
    if tracemalloc:
        current, _ = tracemalloc.get_traced_memory()
        print(f"{current / N:.0f} bytes/coroutine")
    print(len(coros), "suspended")


main()
