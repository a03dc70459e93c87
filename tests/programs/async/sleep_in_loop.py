import asyncio

async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        print("tick", i)
    return "ticker finished"

async def main():
    print(await ticker(3, 0.2))
    print(await ticker(2, 0))

asyncio.run(main())
