async def agen():
    yield 1

def f():
    g = (x async for x in agen())
    return g

print("compiled: an async generator expression is allowed outside async def")
