import asyncio

async def agen():
    try:
        x = yield 1
        print("got", x)
        try:
            y = yield 2
            print("got2", y)
        except ValueError as e:
            print("caught", repr(e))
            yield 99
        yield 3
    finally:
        print("finally start")
        await asyncio.sleep(0.01)
        print("finally end")

async def main():
    g = agen()
    print(await g.asend(None))
    print(await g.asend("a"))
    print(await g.athrow(ValueError("boom")))
    print(await g.asend("b"))
    try:
        await g.asend(None)
    except StopAsyncIteration as e:
        print("stop", repr(e))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("stop again")
    print(await g.aclose())
    g2 = agen()
    try:
        await g2.asend(5)
    except TypeError as e:
        print("TypeError", e)
    try:
        await g2.athrow(KeyError("k"))
    except KeyError as e:
        print("KeyError", e)
    print(await g2.aclose())

asyncio.run(main())
