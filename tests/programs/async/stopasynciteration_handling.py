import asyncio

async def agen():
    yield 1

async def main():
    g = agen()
    values = []
    while True:
        try:
            values.append(await anext(g))
        except StopAsyncIteration:
            print("exhausted after", values)
            break
    e = StopAsyncIteration("x")
    print(repr(e), isinstance(e, Exception), StopAsyncIteration.__mro__)

asyncio.run(main())
