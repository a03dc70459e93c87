# Producer/consumer with a bounded asyncio.Queue: two producers, three
# consumers. A full queue makes producers wait in put(); queue.join()
# waits until every item has been marked done with task_done(); then one
# None sentinel per consumer shuts the consumers down.
import asyncio


async def producer(name, queue, items, pause):
    for item in items:
        await asyncio.sleep(pause)
        if queue.full():
            print(f"{name}: queue full, waiting to put {item}")
        await queue.put(item)
        print(f"{name}: put {item} (size {queue.qsize()})")
    print(f"{name}: done")


async def consumer(name, queue, cost, handled):
    while True:
        item = await queue.get()
        if item is None:
            print(f"{name}: got sentinel, stopping")
            queue.task_done()
            return name
        print(f"{name}: working on {item}")
        await asyncio.sleep(cost)
        handled.append(item)
        print(f"{name}: finished {item}")
        queue.task_done()


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    queue = asyncio.Queue(maxsize=2)
    handled = []
    consumers = [
        asyncio.create_task(consumer(f"consumer-{i}", queue, cost, handled))
        for i, cost in enumerate([0.7, 0.9, 1.25])
    ]
    producers = [
        asyncio.create_task(producer("fast", queue, ["a1", "a2", "a3", "a4", "a5"], 0.1)),
        asyncio.create_task(producer("slow", queue, ["b1", "b2", "b3"], 0.35)),
    ]
    await asyncio.gather(*producers)
    print(f"producers finished at {round(loop.time() - start, 1)}s, waiting for join()")
    await queue.join()
    print(f"queue drained at {round(loop.time() - start, 1)}s: {len(handled)} items handled")
    for _ in consumers:
        await queue.put(None)
    stopped = await asyncio.gather(*consumers)
    print("stopped:", ", ".join(stopped))
    print("handled in order:", handled)
    print("queue empty:", queue.empty())


asyncio.run(main())
