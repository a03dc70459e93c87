import asyncio

async def ignorer():
    try:
        await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        print("ignoring cancel")
        await asyncio.sleep(0.2)
        return "ignored"
    return "normal"

async def slow_cleanup():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow cleanup")
        await asyncio.sleep(0.2)
        print("slow cleanup done")
        raise

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    r = await asyncio.wait_for(ignorer(), 0.1)
    print("result", r, round(loop.time() - t0, 1))
    t0 = loop.time()
    try:
        await asyncio.wait_for(slow_cleanup(), 0.1)
    except asyncio.TimeoutError:
        print("timeout after", round(loop.time() - t0, 1))
    print(await asyncio.wait_for(asyncio.sleep(0.001, "quick"), 1))
    print(await asyncio.wait_for(asyncio.sleep(0, "none-timeout"), None))
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0)
    except asyncio.TimeoutError:
        print("zero timeout")

asyncio.run(main())
