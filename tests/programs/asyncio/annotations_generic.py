import asyncio


async def consume(q: asyncio.Queue[int], done: asyncio.Future[str]) -> None:
    total = 0
    while not q.empty():
        total += await q.get()
    done.set_result(f"total {total}")


async def main() -> None:
    q: asyncio.Queue[int] = asyncio.Queue()
    for i in range(5):
        q.put_nowait(i)
    done = asyncio.get_running_loop().create_future()
    task: asyncio.Task[None] = asyncio.create_task(consume(q, done))
    print(await done)
    await task
    forever = asyncio.create_task(asyncio.sleep(float("inf")))
    try:
        await asyncio.wait_for(forever, 1)
    except TimeoutError:
        print("infinite sleep timed out", forever.cancelled())


asyncio.run(main())
