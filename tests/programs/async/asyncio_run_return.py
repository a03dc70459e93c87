import asyncio

async def nothing():
    pass

async def value():
    return {"status": "ok", "items": [1, 2]}

print(asyncio.run(nothing()))
print(asyncio.run(value()))
print(asyncio.run(value()) == asyncio.run(value()))
