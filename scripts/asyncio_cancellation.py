# Cancelling tasks: task.cancel() throws CancelledError into the task at
# its current await. A well-behaved task cleans up in `finally` (or in an
# `except CancelledError` that re-raises); the awaiting side then sees
# CancelledError and task.cancelled() is True. A task that swallows the
# cancellation just returns normally, and cancelled() stays False.
import asyncio


async def heartbeat(name, interval, beats):
    print(f"{name}: opening connection")
    try:
        for i in range(beats):
            await asyncio.sleep(interval)
            print(f"{name}: beat {i + 1}")
        return f"{name} completed"
    except asyncio.CancelledError as exc:
        print(f"{name}: cancelled (args={exc.args}), saving state")
        raise
    finally:
        print(f"{name}: connection closed")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: ignoring the cancellation")
    await asyncio.sleep(0.05)
    return "stubborn finished anyway"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    monitor = asyncio.create_task(heartbeat("monitor", 0.25, 100), name="monitor")
    sync = asyncio.create_task(heartbeat("sync", 0.4, 100), name="sync")
    quick = asyncio.create_task(heartbeat("quick", 0.15, 2), name="quick")
    late = asyncio.create_task(stubborn())

    await asyncio.sleep(0.7)
    print(f"main: cancelling at {round(loop.time() - start, 1)}s")
    print("main: cancel() returned", monitor.cancel(), "for monitor")
    print("main: cancel() returned", sync.cancel("shutting down"), "for sync")
    print("main: cancel() returned", quick.cancel(), "for quick (already done)")
    late.cancel()
    print("main: monitor.cancelled() right after cancel():", monitor.cancelled())

    for task in (monitor, sync, quick):
        try:
            result = await task
        except asyncio.CancelledError:
            print(f"main: awaiting {task.get_name()} raised CancelledError")
        else:
            print(f"main: {task.get_name()} returned {result!r}")
    print("main:", await late)

    for task in (monitor, sync, quick, late):
        print(f"  done={task.done()} cancelled={task.cancelled()}", end="")
        print("" if task.cancelled() else f" result={task.result()!r}")

    try:
        monitor.result()
    except asyncio.CancelledError:
        print("result() of a cancelled task raises CancelledError")
    print(f"main: finished at {round(loop.time() - start, 1)}s")


asyncio.run(main())
