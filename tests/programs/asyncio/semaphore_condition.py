import asyncio


async def limited(sem, name):
    async with sem:
        print(name, "in, locked:", sem.locked())
        await asyncio.sleep(0.5)
    print(name, "out")


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(limited(sem, f"s{i}") for i in range(4)))
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    cond = asyncio.Condition()
    items = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", n, "took", items.pop())

    consumers = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0.5)
    for i in range(2):
        async with cond:
            items.append(i)
            cond.notify()
        await asyncio.sleep(0.5)
    await asyncio.gather(*consumers)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def waits(n):
        async with cond:
            await cond.wait()
            print("notified", n)

    ws = [asyncio.create_task(waits(i)) for i in range(3)]
    await asyncio.sleep(0.5)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)


asyncio.run(main())
