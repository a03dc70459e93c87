import asyncio


async def worker(name, q, results):
    while True:
        delay = await q.get()
        await asyncio.sleep(delay)
        results.append((name, delay))
        print(f"{name} handled {delay}")
        q.task_done()


async def main():
    q = asyncio.Queue()
    for d in [1.5, 0.5, 1.0, 0.5, 2.0, 0.25]:
        q.put_nowait(d)
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(3)]
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(len(results))


asyncio.run(main())
