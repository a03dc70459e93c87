import asyncio
import time

async def main():
    start = time.monotonic()
    for _ in range(100):
        await asyncio.sleep(0)
    print(round(time.monotonic() - start))

asyncio.run(main())
