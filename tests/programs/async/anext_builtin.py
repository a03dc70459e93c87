import asyncio

async def agen():
    yield "a"
    yield "b"

async def main():
    g = agen()
    aw = anext(g)
    print(type(aw).__name__ in ("async_generator_asend", "coroutine", "anext_awaitable"))
    print(await aw)
    print(await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)

asyncio.run(main())
