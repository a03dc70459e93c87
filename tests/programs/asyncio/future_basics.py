import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled())
    for method in (f.result, f.exception):
        try:
            method()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    f.set_result(3)
    print(repr(f), f.result(), f.exception(), f.done())
    try:
        f.set_result(4)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    g = loop.create_future()
    g.set_exception(ValueError("bad"))
    print(repr(g), repr(g.exception()))
    try:
        g.result()
    except ValueError as e:
        print("ValueError:", e)
    h = loop.create_future()
    try:
        h.set_exception(StopIteration)
    except TypeError as e:
        print("TypeError:", e)
    h.set_exception(KeyError)
    print(repr(h.exception()))
    c = loop.create_future()
    print(c.cancel("why"), c.cancel(), repr(c), c.cancelled(), c.done())
    try:
        c.result()
    except asyncio.CancelledError as e:
        print("CancelledError:", repr(e))
    print(type(f).__name__, type(f).__module__)
    print(isinstance(f, asyncio.Future), asyncio.isfuture(f), asyncio.isfuture(3))


asyncio.run(main())
