import asyncio

async def fetch(n):
    await asyncio.sleep(0.1)
    if n == 2:
        raise ValueError(f"cannot fetch item {n}")
    return n

async def main():
    total = 0
    for i in range(4):
        total += await fetch(i)
        print("fetched", i)
    return total

asyncio.run(main())
