import asyncio

async def main():
    ev = asyncio.Event()
    order = []
    async def waiter(i):
        await ev.wait()
        order.append(i)
    ts = [asyncio.create_task(waiter(i)) for i in range(4)]
    await asyncio.sleep(0)
    ev.set(); ev.clear()
    await asyncio.gather(*ts)
    print("event order", order, ev.is_set())

    sem = asyncio.Semaphore(2)
    log = []
    async def user(i):
        async with sem:
            log.append(("in", i))
            await asyncio.sleep(0.02 * [5, 3, 4, 7, 2][i])
            log.append(("out", i))
    await asyncio.gather(*(user(i) for i in range(5)))
    print("sem", log)

    cond = asyncio.Condition()
    got = []
    async def cw(i):
        async with cond:
            await cond.wait()
            got.append(i)
    ts = [asyncio.create_task(cw(i)) for i in range(5)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print("after notify(2)", got)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print("cond", got)

    lock = asyncio.Lock()
    seq = []
    async def locker(i):
        async with lock:
            seq.append(i)
            await asyncio.sleep(0)
    await asyncio.gather(*(locker(i) for i in range(4)))
    print("lock", seq, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire(); bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
