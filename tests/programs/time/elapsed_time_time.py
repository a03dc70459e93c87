import asyncio
import time

async def main():
    start = time.time()
    await asyncio.sleep(1.5)
    await asyncio.sleep(1.25)
    elapsed = time.time() - start
    print("elapsed about", round(elapsed), "seconds")
    print(type(start).__name__, start > 1_600_000_000)

asyncio.run(main())
