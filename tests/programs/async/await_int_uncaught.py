import asyncio

async def get_value():
    return 42

async def main():
    value = await get_value()
    print(value)
    await value

asyncio.run(main())
