import asyncio

async def agen():
    yield "first"
    yield "second"

g = agen()
aw = anext(g)
print(type(aw).__name__)
print(asyncio.run(aw))
print(asyncio.run(anext(g)))
print(asyncio.run(anext(g, "default")))
