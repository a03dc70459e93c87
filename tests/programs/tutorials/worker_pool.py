import asyncio
import time

JOBS = [("resize", 0.3), ("encode", 0.5), ("upload", 0.2), ("thumb", 0.12),
        ("scan", 0.32), ("index", 0.25), ("notify", 0.1)]


async def worker(wid, queue, stats):
    while True:
        job = await queue.get()
        if job is None:
            queue.task_done()
            break
        name, cost = job
        t0 = time.monotonic()
        await asyncio.sleep(cost)
        stats.setdefault(wid, []).append(name)
        print(f"w{wid} finished {name:<7} ({cost * 1000:.0f} ms)")
        queue.task_done()
    return wid


async def main(n_workers=3):
    queue = asyncio.Queue()
    for job in JOBS:
        queue.put_nowait(job)
    for _ in range(n_workers):
        queue.put_nowait(None)
    stats = {}
    start = time.monotonic()
    workers = [asyncio.create_task(worker(i, queue, stats)) for i in range(n_workers)]
    await queue.join()
    ids = await asyncio.gather(*workers)
    elapsed = time.monotonic() - start
    print("workers:", ids)
    for wid in sorted(stats):
        print(f"  w{wid}: {stats[wid]}")
    serial = sum(c for _, c in JOBS)
    print(f"serial {serial:.2f}s, concurrent was faster: {elapsed < serial}")
    try:
        queue.get_nowait()
    except asyncio.QueueEmpty:
        print("queue drained")


asyncio.run(main())
