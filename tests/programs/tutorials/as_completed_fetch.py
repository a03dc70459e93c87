import asyncio
import time

LATENCIES = {"alpha": 0.31, "beta": 0.11, "gamma": 0.21, "delta": 0.01, "epsilon": 0.41}


async def fetch(name):
    await asyncio.sleep(LATENCIES[name])
    if name == "gamma":
        raise ConnectionError(f"{name} refused")
    return name, len(name)


async def main():
    start = time.monotonic()
    coros = [fetch(n) for n in LATENCIES]
    for i, fut in enumerate(asyncio.as_completed(coros), 1):
        try:
            name, size = await fut
            print(f"{i}. {name:<8} size={size}")
        except ConnectionError as e:
            print(f"{i}. failed: {e}")

    tasks = {asyncio.create_task(fetch(n)): n for n in LATENCIES}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first:", [tasks[t] for t in done], "pending:", len(pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_EXCEPTION)
    print("until exception:", sorted(tasks[t] for t in done), len(pending))
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print("cancelled:", sorted(tasks[t] for t in pending if t.cancelled()))

    results = await asyncio.gather(*(fetch(n) for n in ["beta", "gamma", "delta"]), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    print("elapsed at least 0.4:", time.monotonic() - start >= 0.4)


asyncio.run(main())
