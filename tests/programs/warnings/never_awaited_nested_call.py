import asyncio

async def inner():
    return 1

def helper():
    inner()
    return "helper done"

async def main():
    print(helper())

asyncio.run(main())
