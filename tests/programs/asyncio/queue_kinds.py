import asyncio


async def main():
    lifo = asyncio.LifoQueue()
    prio = asyncio.PriorityQueue()
    for x in [3, 1, 4, 1, 5, 9, 2, 6]:
        lifo.put_nowait(x)
        prio.put_nowait((x, str(x)))
    print(str(lifo))
    print([lifo.get_nowait() for _ in range(lifo.qsize())])
    print([prio.get_nowait() for _ in range(prio.qsize())])
    for item in [(2, "b"), (1, "z"), (2, "a"), (1, "y")]:
        await prio.put(item)
    print(str(prio))
    while not prio.empty():
        print(await prio.get())
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait("wake")
    print(await getter)
    print(issubclass(asyncio.LifoQueue, asyncio.Queue), issubclass(asyncio.PriorityQueue, asyncio.Queue))
    bad = asyncio.PriorityQueue()
    bad.put_nowait(1)
    try:
        bad.put_nowait("x")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
