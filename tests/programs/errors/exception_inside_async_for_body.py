import asyncio

async def agen():
    for i in range(5):
        yield i

async def main():
    async for i in agen():
        if i == 2:
            raise KeyError(f"stopped at {i}")
        print(i)

asyncio.run(main())
