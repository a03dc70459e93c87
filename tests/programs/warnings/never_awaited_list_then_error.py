import asyncio

async def task(n):
    await asyncio.sleep(0.1)
    return n

async def main():
    coros = [task(i) for i in range(3)]
    print("built", len(coros))
    raise RuntimeError("giving up before awaiting")

asyncio.run(main())
