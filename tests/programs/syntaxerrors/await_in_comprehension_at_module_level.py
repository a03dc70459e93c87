import asyncio

async def one():
    return 1

values = [await one() for _ in range(3)]
