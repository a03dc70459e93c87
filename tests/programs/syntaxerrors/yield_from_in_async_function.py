import asyncio

async def agen():
    yield from [1, 2, 3]

print("never printed")
