import asyncio
import sys


async def worker(n):
    try:
        await asyncio.sleep(n / 100)
        print(f"worker {n} done")
        return n
    finally:
        print(f"worker {n} finally")


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in (1, 2, 9)]
    done, pending = await asyncio.wait(tasks, timeout=0.03)
    print(len(done), "done,", len(pending), "pending")
    for t in sorted(done, key=lambda t: t.result()):
        print("result", t.result())
    if pending:
        print("exiting with pending tasks", file=sys.stderr)
        sys.exit(4)


asyncio.run(main())
print("not reached")
