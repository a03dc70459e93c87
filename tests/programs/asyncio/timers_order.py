import asyncio
import time


async def sleeper(name, delay):
    print(f"{name} sleeps {delay}")
    await asyncio.sleep(delay)
    print(f"{name} woke after {delay}")


async def main():
    start = time.monotonic()
    await asyncio.gather(
        sleeper("a", 1.5),
        sleeper("b", 0.5),
        sleeper("c", 1.0),
        sleeper("d", 0.5),
        sleeper("e", 0),
    )
    print("elapsed", round(time.monotonic() - start, 1))
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(3.5)
    await asyncio.sleep(1.0)
    print("loop time advanced", round(loop.time() - t0, 1))


asyncio.run(main())
