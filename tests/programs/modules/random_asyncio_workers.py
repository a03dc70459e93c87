import asyncio
import random

random.seed(12345)


async def worker(name, queue, results):
    while True:
        job = await queue.get()
        delay = round(random.uniform(0.01, 0.05), 3)
        await asyncio.sleep(delay)
        results.append((name, job, delay))
        print(f"{name} finished job {job} after {delay}s")
        queue.task_done()


async def fetch(i):
    await asyncio.sleep(random.randint(1, 5) / 100)
    return i * random.randint(1, 10)


async def main():
    queue = asyncio.Queue()
    jobs = random.sample(range(100), 8)
    print("jobs:", jobs)
    for j in jobs:
        queue.put_nowait(j)
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(len(results), sorted(j for _, j, _ in results) == sorted(jobs))
    values = await asyncio.gather(*(fetch(i) for i in range(5)))
    print("gathered:", values)
    names = ["alpha", "beta", "gamma", "delta"]
    random.shuffle(names)
    print("order:", names, random.choice(names))


asyncio.run(main())
