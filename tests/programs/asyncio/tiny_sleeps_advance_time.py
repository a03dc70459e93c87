import asyncio, time
async def main():
    t0 = time.monotonic()
    n = 0
    while time.monotonic() - t0 < 0.01:
        await asyncio.sleep(1e-12)
        n += 1
    print("done", n > 0)
asyncio.run(main())
