import asyncio

async def finished():
    raise StopAsyncIteration("from a plain coroutine")

async def main():
    try:
        await finished()
    except StopAsyncIteration as e:
        print("propagated unchanged:", repr(e))

asyncio.run(main())
