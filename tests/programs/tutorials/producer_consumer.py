import asyncio


async def producer(name, queue, items, delay):
    for item in items:
        await asyncio.sleep(delay)
        await queue.put((name, item))
        print(f"{name} produced {item}")
    print(f"{name} done")


async def consumer(name, queue, results):
    while True:
        src, item = await queue.get()
        try:
            await asyncio.sleep(0.015)
            results.append(f"{name}:{src}:{item * item}")
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    results = []
    producers = [
        asyncio.create_task(producer("P1", queue, [1, 2, 3], 0.01)),
        asyncio.create_task(producer("P2", queue, [10, 20], 0.013)),
    ]
    consumers = [asyncio.create_task(consumer(f"C{i}", queue, results)) for i in range(2)]
    await asyncio.gather(*producers)
    await queue.join()
    for c in consumers:
        c.cancel()
    outcomes = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(o).__name__ for o in outcomes])
    print(len(results), "results")
    for r in sorted(results, key=lambda s: int(s.split(":")[2])):
        print(r)
    print("queue empty:", queue.empty(), "size:", queue.qsize())


asyncio.run(main())
