import asyncio


async def slow_operation(name, duration):
    print(f"{name}: start ({duration}s)")
    try:
        await asyncio.sleep(duration)
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        raise
    finally:
        print(f"{name}: finally")
    print(f"{name}: finished")
    return name.upper()


async def main():
    try:
        result = await asyncio.wait_for(slow_operation("fast", 0.01), timeout=0.05)
        print("result:", result)
    except asyncio.TimeoutError:
        print("unexpected timeout")

    try:
        await asyncio.wait_for(slow_operation("slow", 1), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, e.args)

    task = asyncio.create_task(slow_operation("manual", 5))
    await asyncio.sleep(0.01)
    print("cancel() returned", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled(), task.done())

    shielded = asyncio.create_task(slow_operation("shielded", 0.03))
    try:
        await asyncio.wait_for(asyncio.shield(shielded), timeout=0.01)
    except asyncio.TimeoutError:
        print("shield timed out, inner still running:", not shielded.done())
    print("inner result:", await shielded)

    async with asyncio.timeout(0.5):
        await asyncio.sleep(0.01)
        print("within timeout block")
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout block expired:", cm.expired())


asyncio.run(main())
