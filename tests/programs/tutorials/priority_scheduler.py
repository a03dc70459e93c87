import asyncio


class Job:
    def __init__(self, priority, name, duration):
        self.priority = priority
        self.name = name
        self.duration = duration

    def __lt__(self, other):
        return (self.priority, self.name) < (other.priority, other.name)

    def __repr__(self):
        return f"Job({self.priority}, {self.name!r})"


async def scheduler(pq, done):
    while not pq.empty():
        job = await pq.get()
        print(f"running {job!r}")
        await asyncio.sleep(job.duration)
        done.append(job.name)
        pq.task_done()


async def main():
    pq = asyncio.PriorityQueue()
    for job in [Job(3, "backup", 0.02), Job(1, "alert", 0.01), Job(2, "report", 0.01),
                Job(1, "audit", 0.01), Job(5, "cleanup", 0.0)]:
        await pq.put(job)
    print("queued:", pq.qsize())
    done = []
    await scheduler(pq, done)
    print("order:", done)

    lifo = asyncio.LifoQueue()
    for i in range(4):
        lifo.put_nowait(i)
    print("lifo:", [lifo.get_nowait() for _ in range(lifo.qsize())])

    tuples = asyncio.PriorityQueue(maxsize=3)
    for item in [(2, "b"), (1, "z"), (1, "a")]:
        tuples.put_nowait(item)
    print("full:", tuples.full())
    try:
        tuples.put_nowait((0, "x"))
    except asyncio.QueueFull:
        print("QueueFull raised")
    while not tuples.empty():
        print(await tuples.get())

    bounded = asyncio.Queue(maxsize=1)

    async def slow_consumer():
        for _ in range(3):
            await asyncio.sleep(0.02)
            print("consumed", await bounded.get())

    consumer = asyncio.create_task(slow_consumer())
    for i in range(3):
        await bounded.put(i)
        print("put", i)
    await consumer


asyncio.run(main())
