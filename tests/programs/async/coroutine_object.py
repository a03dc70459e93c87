import asyncio

async def compute(x):
    return x * 2

coro = compute(21)
print(type(coro).__name__)
print(asyncio.run(coro))
print(type(compute).__name__, compute.__name__)
async def main():
    c = compute(5)
    print(type(c).__name__)
    return await c
print(asyncio.run(main()))
