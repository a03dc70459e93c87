import asyncio


class Barrier:
    def __init__(self, parties):
        self.parties = parties
        self.count = 0
        self.event = asyncio.Event()

    async def wait(self):
        self.count += 1
        if self.count == self.parties:
            self.event.set()
        await self.event.wait()


async def runner(name, delay, start_gun, barrier, log):
    await start_gun.wait()
    log.append(f"{name} started")
    await asyncio.sleep(delay)
    log.append(f"{name} at barrier")
    await barrier.wait()
    log.append(f"{name} past barrier")


async def main():
    start_gun = asyncio.Event()
    barrier = Barrier(3)
    log = []
    tasks = [asyncio.create_task(runner(n, d, start_gun, barrier, log)) for n, d in [("A", 0.03), ("B", 0.01), ("C", 0.02)]]
    await asyncio.sleep(0.05)
    print("before start:", log, start_gun.is_set())
    start_gun.set()
    await asyncio.gather(*tasks)
    print("\n".join(log))

    cond = asyncio.Condition()
    items = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            item = items.pop(0)
            print(f"{name} consumed {item}")

    consumers = [asyncio.create_task(consumer(f"c{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for item in ["x", "y", "z"]:
        async with cond:
            items.append(item)
            cond.notify()
        await asyncio.sleep(0.01)
    await asyncio.gather(*consumers)
    print("locked after:", cond.locked())

    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.02)
    except asyncio.TimeoutError:
        print("event never set")
    ev.set()
    ev.clear()
    print(ev.is_set())


asyncio.run(main())
