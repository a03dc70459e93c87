import asyncio

async def sleeper(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "done")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def failer(name, d, exc):
    await asyncio.sleep(d)
    print(name, "raising")
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(sleeper("o1", 0.5))
            async def inner_group():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(sleeper("i1", 0.4))
                    inner.create_task(failer("i2", 0.1, ValueError("inner bad")))
            outer.create_task(inner_group())
            outer.create_task(failer("o2", 0.2, KeyError("outer bad")))
    except* ValueError as eg:
        print("ValueError group:", repr(eg))
        for e in eg.exceptions:
            print("  sub", repr(e))
    except* KeyError as eg:
        print("KeyError group:", repr(eg))
    print("after")

asyncio.run(main())
