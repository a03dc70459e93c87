import asyncio

async def inner():
    return "inner"

async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    return await inner()

print(asyncio.run(main()))
