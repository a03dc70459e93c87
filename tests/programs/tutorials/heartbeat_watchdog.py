import asyncio


class Watchdog:
    def __init__(self, timeout):
        self.timeout = timeout
        self.last_beat = None
        self.alarms = 0
        self.alarmed = False

    def beat(self):
        self.last_beat = asyncio.get_running_loop().time()
        self.alarmed = False

    async def watch(self, stop):
        loop = asyncio.get_running_loop()
        while not stop.is_set():
            await asyncio.sleep(self.timeout / 4)
            if not self.alarmed and self.last_beat is not None and loop.time() - self.last_beat > self.timeout:
                self.alarms += 1
                self.alarmed = True
                print(f"ALARM #{self.alarms}: no heartbeat for > {self.timeout}s")


async def service(dog, schedule):
    for i, pause in enumerate(schedule):
        dog.beat()
        print(f"beat {i}")
        await asyncio.sleep(pause)


async def main():
    dog = Watchdog(timeout=0.2)
    stop = asyncio.Event()
    watcher = asyncio.create_task(dog.watch(stop))
    await service(dog, [0.02, 0.02, 0.6, 0.02, 0.6, 0.01])
    stop.set()
    await watcher
    print("total alarms:", dog.alarms)

    loop = asyncio.get_running_loop()
    fired = []
    loop.call_later(0.02, fired.append, "later")
    loop.call_soon(fired.append, "soon")
    h = loop.call_later(0.01, fired.append, "cancelled")
    h.cancel()
    fut = loop.create_future()
    loop.call_later(0.03, fut.set_result, "future done")
    print(await fut, fired, h.cancelled())


asyncio.run(main())
