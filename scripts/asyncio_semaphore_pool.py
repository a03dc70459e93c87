# A worker pool limited by an asyncio.Semaphore: eight downloads are
# started at once, but at most three run at the same time. Waiters get the
# semaphore in the order they asked for it.
import asyncio

LIMIT = 3
running = 0
peak = 0


async def download(name, size, sem, log):
    global running, peak
    print(f"{name}: queued (semaphore locked: {sem.locked()})")
    async with sem:
        running += 1
        peak = max(peak, running)
        log.append(name)
        print(f"{name}: started, {running} running")
        try:
            await asyncio.sleep(size / 10)
            if size == 0:
                raise ValueError(f"{name}: empty file")
        finally:
            running -= 1
        print(f"{name}: done after {size / 10:.1f}s, {running} still running")
    return size * 100


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    sem = asyncio.Semaphore(LIMIT)
    log = []
    sizes = {"alpha": 3, "beta": 5, "gamma": 2, "delta": 4, "epsilon": 6, "zeta": 0, "eta": 2, "theta": 7}
    tasks = [asyncio.create_task(download(name, size, sem, log)) for name, size in sizes.items()]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    elapsed = round(loop.time() - start, 1)
    for name, result in zip(sizes, results):
        if isinstance(result, Exception):
            print(f"  {name:8} failed: {result!r}")
        else:
            print(f"  {name:8} {result:5} bytes")
    print("start order:", " ".join(log))
    print(f"peak concurrency {peak} (limit {LIMIT}), total {elapsed}s")
    print("semaphore free again:", not sem.locked())


asyncio.run(main())
