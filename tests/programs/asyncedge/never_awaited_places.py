import asyncio

async def coro(n):
    return n

async def main():
    coro(1)
    x = [coro(2), coro(3)]
    del x
    print("after list")
    d = {"k": coro(4)}
    d.clear()
    print("after dict")
    c = coro(5)
    print(type(c).__name__, c.__name__, c.__qualname__)
    c.close()
    print("closed without warning")
    c = coro(6)
    c = None
    print("rebinding")
    lingering = coro(7)
    print("end main")
    return lingering

r = asyncio.run(main())
print("run returned", type(r).__name__)
del r
print("after del")
