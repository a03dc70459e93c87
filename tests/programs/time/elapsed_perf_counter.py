import asyncio
import time

async def main():
    t0 = time.perf_counter()
    await asyncio.sleep(1.2)
    t1 = time.perf_counter()
    print(f"{t1 - t0:.0f}s")
    print(time.perf_counter() >= t1)

asyncio.run(main())
