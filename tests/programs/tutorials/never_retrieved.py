import asyncio


async def background_job(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise RuntimeError(f"job {n} crashed")
    print(f"job {n} ok")
    return n


async def main():
    tasks = [asyncio.create_task(background_job(n)) for n in range(1, 4)]
    await asyncio.sleep(0.1)
    print("statuses:", [t.done() for t in tasks])
    print("results:", [t.result() for t in tasks if not t.exception()])
    fire_and_forget = asyncio.create_task(background_job(2))
    await asyncio.sleep(0.05)
    print("main exiting; fire_and_forget done:", fire_and_forget.done())
    del fire_and_forget


asyncio.run(main())
print("after run")
