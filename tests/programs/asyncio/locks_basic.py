import asyncio


async def use(lock, name, delay):
    print(name, "wants the lock")
    async with lock:
        print(name, "has the lock", lock.locked())
        await asyncio.sleep(delay)
    print(name, "released")


async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    await asyncio.gather(use(lock, "a", 1.0), use(lock, "b", 0.5), use(lock, "c", 0))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await lock.acquire(), lock.locked())
    lock.release()
    event = asyncio.Event()

    async def waiter(n):
        print("waiter", n, "waiting")
        await event.wait()
        print("waiter", n, "woke")

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.5)
    print("setting", event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    print(event.is_set(), await event.wait())
    event.clear()
    print(event.is_set())


asyncio.run(main())
