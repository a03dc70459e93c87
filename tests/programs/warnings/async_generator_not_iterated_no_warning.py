async def agen():
    yield 1

agen()
g = agen()
print("async generators that never ran do not warn")
