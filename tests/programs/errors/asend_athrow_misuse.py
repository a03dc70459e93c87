import asyncio

async def agen():
    yield 1
    yield 2

async def main():
    g = agen()
    try:
        await g.asend("not None first")
    except TypeError as e:
        print(e)
    print(await anext(g))
    await g.aclose()
    try:
        await anext(g)
    except StopAsyncIteration:
        print("closed generator raises StopAsyncIteration")

asyncio.run(main())
