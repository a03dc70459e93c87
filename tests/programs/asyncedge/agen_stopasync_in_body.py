import asyncio

async def g1():
    yield 1
    raise StopAsyncIteration("inner")

async def g2():
    yield 1
    raise StopIteration("sync")

async def main():
    for g in (g1, g2):
        try:
            async for x in g():
                print("x", x)
        except RuntimeError as e:
            print(type(e).__name__, e, "| cause:", repr(e.__cause__))
    async def it():
        try:
            yield 1
        except StopAsyncIteration:
            print("caught SAI thrown in")
            yield 2
    a = it()
    await a.__anext__()
    print(await a.athrow(StopAsyncIteration))
    b = it()
    await b.__anext__()
    await b.__anext__() if False else None
    try:
        await b.athrow(StopAsyncIteration("x"))
        await b.athrow(StopAsyncIteration("y"))
    except RuntimeError as e:
        print("RuntimeError", e)

asyncio.run(main())
