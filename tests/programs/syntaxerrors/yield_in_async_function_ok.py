import asyncio

async def agen():
    x = yield 1
    print("received", x)
    yield 2
    return

async def main():
    g = agen()
    print(await anext(g))
    print(await g.asend("sent"))

asyncio.run(main())
