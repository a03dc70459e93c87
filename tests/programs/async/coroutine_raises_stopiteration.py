import asyncio

async def bad():
    raise StopIteration("inside coroutine")

async def main():
    try:
        await bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
        print("cause:", repr(e.__cause__))

asyncio.run(main())
