import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [asyncio.create_task(job(f"j{i}", 0.5 * (3 - i)), name=f"j{i}") for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), names(pending))
    done, pending = await asyncio.wait(tasks)
    print("all:", names(done), names(pending))
    tasks = [
        asyncio.create_task(job("ok", 0.5), name="ok"),
        asyncio.create_task(job("bad", 1.0, fail=True), name="bad"),
        asyncio.create_task(job("late", 2.5), name="late"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending))
    done, pending = await asyncio.wait(pending, timeout=0.5)
    print("timeout:", names(done), names(pending))
    done, pending = await asyncio.wait(pending, timeout=5)
    print("rest:", names(done), names(pending))
    print(tasks[1].exception())
    for bad in ([], asyncio.get_running_loop().create_future()):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    coro = job("c", 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    await coro
    try:
        await asyncio.wait(tasks, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
