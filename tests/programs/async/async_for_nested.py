import asyncio

async def letters():
    for c in "ab":
        yield c

async def digits():
    for d in range(2):
        await asyncio.sleep(0)
        yield d

async def main():
    async for c in letters():
        async for d in digits():
            print(c, d)
        for plain in [True]:
            print(c, "plain loop inside async for", plain)

asyncio.run(main())
