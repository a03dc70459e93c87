import asyncio

async def pairs():
    for i, c in enumerate("xyz"):
        yield i, c

class Holder:
    pass

async def main():
    async for i, c in pairs():
        print(i, c)
    h = Holder()
    async for h.value in pairs():
        pass
    print(h.value)
    d = {}
    async for d["last"] in pairs():
        pass
    print(d)

asyncio.run(main())
