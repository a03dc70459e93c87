import asyncio


async def compute(name, delay, value):
    print(f"{name} starts")
    await asyncio.sleep(delay)
    print(f"{name} finishes")
    return value


async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def main():
    results = await asyncio.gather(
        compute("slow", 1.5, 1), compute("fast", 0.5, 2), compute("mid", 1.0, 3)
    )
    print(results)
    print(await asyncio.gather())
    mixed = await asyncio.gather(
        compute("ok", 0.5, "fine"), fail(1.0, ValueError("bad")), return_exceptions=True
    )
    print(mixed)
    try:
        await asyncio.gather(fail(0.5, KeyError("first")), compute("survivor", 1.5, 0))
    except KeyError as e:
        print("gather raised", repr(e))
    await asyncio.sleep(2.5)
    t = asyncio.create_task(compute("shared", 0.5, "s"))
    print(await asyncio.gather(t, t, compute("other", 0, "o")))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("ready")
    print(await asyncio.gather(fut, asyncio.sleep(0, "slept")))


asyncio.run(main())
