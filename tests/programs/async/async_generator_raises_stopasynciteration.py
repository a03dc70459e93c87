import asyncio

async def bad():
    yield 1
    raise StopAsyncIteration

async def main():
    try:
        async for v in bad():
            print(v)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
