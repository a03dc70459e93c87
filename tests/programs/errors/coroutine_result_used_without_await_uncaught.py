import asyncio

async def get_items():
    await asyncio.sleep(0)
    return [1, 2, 3]

async def main():
    items = get_items()
    print(items[0])

asyncio.run(main())
