import asyncio

async def double(x):
    await asyncio.sleep(0.1)
    return x * 2

async def main():
    print([await double(x) for x in range(4)])
    print({x: await double(x) for x in range(3)})
    print(sorted({await double(x) for x in [1, 1, 2]}))
    print([await double(x) for x in range(6) if await double(x) > 4])

asyncio.run(main())
