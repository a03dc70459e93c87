import asyncio

async def agen():
    yield 1
    return 2

print("never printed")
