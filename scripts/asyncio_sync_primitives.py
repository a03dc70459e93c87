# Coordinating tasks with asyncio.Event, Lock and Condition: runners wait
# for a start signal (Event), update a shared account under a Lock so the
# read-modify-write across an await is not interleaved, and a consumer
# waits on a Condition until a predicate holds.
import asyncio

balance = 0


async def runner(name, start, lock, amount):
    global balance
    print(f"{name}: waiting for the start signal")
    await start.wait()
    print(f"{name}: go!")
    for _ in range(2):
        async with lock:
            current = balance
            await asyncio.sleep(0.05)  # a slow read-modify-write
            balance = current + amount
            print(f"{name}: balance {current} -> {balance}")


async def unsafe_add(amount, delay):
    global balance
    current = balance
    await asyncio.sleep(delay)
    balance = current + amount


async def baker(cond, shelf):
    for loaf in ["rye", "spelt", "sourdough", "brioche"]:
        await asyncio.sleep(0.2)
        async with cond:
            shelf.append(loaf)
            print(f"baker: put {loaf} on the shelf ({len(shelf)} there)")
            cond.notify_all()


async def customer(name, cond, shelf, wanted):
    async with cond:
        await cond.wait_for(lambda: len(shelf) >= wanted)
        taken = [shelf.pop(0) for _ in range(wanted)]
    print(f"{name}: took {taken}")


async def main():
    global balance
    start = asyncio.Event()
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(runner(n, start, lock, a)) for n, a in [("ann", 10), ("bob", 100)]]
    await asyncio.sleep(0.1)
    print("main: is_set =", start.is_set(), "locked =", lock.locked())
    start.set()
    await asyncio.gather(*tasks)
    print("with the lock: balance =", balance)

    balance = 0
    await asyncio.gather(unsafe_add(10, 0.05), unsafe_add(100, 0.15), unsafe_add(1000, 0.1))
    print("without the lock: balance =", balance, "(updates lost)")

    start.clear()
    try:
        await asyncio.wait_for(start.wait(), 0.1)
    except TimeoutError:
        print("event cleared: wait() timed out")

    cond = asyncio.Condition()
    shelf = []
    await asyncio.gather(
        baker(cond, shelf),
        customer("carol", cond, shelf, 2),
        customer("dave", cond, shelf, 1),
    )
    print("left on the shelf:", shelf)
    try:
        cond.notify()
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    try:
        lock.release()
    except RuntimeError as exc:
        print("RuntimeError:", exc)


asyncio.run(main())
