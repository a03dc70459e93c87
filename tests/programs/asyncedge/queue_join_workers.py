import asyncio

async def worker(name, q, log):
    while True:
        item = await q.get()
        try:
            await asyncio.sleep(item * 0.02)
            log.append((name, item))
        finally:
            q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    log = []
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(3)]
    for item in [7, 3, 11, 1, 5, 9, 4]:
        await q.put(item)
        print("put", item, "qsize", q.qsize())
    await q.join()
    print(log)
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.put_nowait(1); q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull", q.full())
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4]:
        pq.put_nowait((x, str(x)))
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for x in "abc":
        await lq.put(x)
    print([await lq.get() for _ in range(3)])

asyncio.run(main())
