import asyncio

async def agen():
    yield 1

async def main():
    g = agen()
    async for x in g:
        print("first loop", x)
    async for x in g:
        print("never: exhausted")
    print("second loop was empty")
    try:
        await anext(g)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))

asyncio.run(main())
