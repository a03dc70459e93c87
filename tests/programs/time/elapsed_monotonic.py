import asyncio
import time

async def wait(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    t0 = time.monotonic()
    total = 0
    for d in [0.5, 0.25, 0.25, 1]:
        total += await wait(d)
    dt = time.monotonic() - t0
    print("slept", total, "measured", round(dt))
    print(dt >= 2.0)

asyncio.run(main())
