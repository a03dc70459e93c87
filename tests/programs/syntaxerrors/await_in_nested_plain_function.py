import asyncio

async def outer():
    def inner():
        await asyncio.sleep(1)
    return inner
