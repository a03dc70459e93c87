import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} done")
    return name.upper()


async def main():
    a = asyncio.create_task(worker("a", 3))
    b = asyncio.create_task(worker("b", 2))
    c = asyncio.create_task(worker("c", 1))
    print("tasks created")
    await asyncio.sleep(0)
    print("main resumed once")
    print(await a, await b, await c)


asyncio.run(main())
