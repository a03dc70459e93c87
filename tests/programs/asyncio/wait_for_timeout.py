import asyncio


async def slow(delay):
    try:
        await asyncio.sleep(delay)
        return "slow result"
    except asyncio.CancelledError:
        print("slow cancelled")
        raise


async def main():
    print(await asyncio.wait_for(slow(0.5), timeout=5))
    print(await asyncio.wait_for(slow(0.5), None))
    try:
        await asyncio.wait_for(slow(10), timeout=1.0)
    except asyncio.TimeoutError as e:
        print("timed out:", repr(e), repr(e.__cause__))
    try:
        await asyncio.wait_for(slow(10), 0)
    except TimeoutError as e:
        print("zero timeout:", repr(e))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("already")
    print(await asyncio.wait_for(fut, 0))
    waiter = asyncio.create_task(asyncio.wait_for(slow(5), 50))
    await asyncio.sleep(0.5)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("wait_for cancelled too")
    await asyncio.wait_for(slow(5), 2.5)


asyncio.run(main())
