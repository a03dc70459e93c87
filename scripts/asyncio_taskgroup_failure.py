# asyncio.TaskGroup (3.11): when one task fails, the group cancels its
# siblings, waits for them to finish their cleanup, and raises an
# ExceptionGroup of the failures. The first round catches it with except*;
# the second leaves it uncaught, so the program ends with the 3.11
# exception group traceback and exit code 1.
import asyncio


async def step(name, seconds, fail=None):
    print(f"  {name}: started")
    try:
        await asyncio.sleep(seconds)
        if fail is not None:
            print(f"  {name}: failing with {fail!r}")
            raise fail
        print(f"  {name}: finished")
        return name.upper()
    except asyncio.CancelledError:
        print(f"  {name}: cancelled by the group")
        raise
    finally:
        print(f"  {name}: cleanup")


async def round_one():
    print("round 1: one failure, handled with except*")
    tasks = []
    try:
        async with asyncio.TaskGroup() as tg:
            tasks.append(tg.create_task(step("download", 0.1)))
            tasks.append(tg.create_task(step("parse", 0.2, ValueError("bad header"))))
            tasks.append(tg.create_task(step("upload", 0.5)))
            print("  all three started")
        print("  not reached")
    except* ValueError as eg:
        print(f"  caught {eg!r}")
        for exc in eg.exceptions:
            print(f"    - {type(exc).__name__}: {exc}")
    for name, t in zip(["download", "parse", "upload"], tasks):
        state = "cancelled" if t.cancelled() else repr(t.exception() or t.result())
        print(f"  {name}: {state}")


async def flaky_resize():
    try:
        await step("resize", 0.3)
    except asyncio.CancelledError:
        raise OSError(5, "scratch disk gone")


async def round_two():
    print("round 2: a failure, then a cleanup that fails too; not handled")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(step("index", 0.1, KeyError("missing-id")))
        tg.create_task(flaky_resize())
        print("  body waiting")
        await asyncio.sleep(1)
    print("  not reached")


async def main():
    await round_one()
    await round_two()
    print("not reached either")


asyncio.run(main())
