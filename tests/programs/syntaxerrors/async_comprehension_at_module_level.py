async def agen():
    yield 1

values = [x async for x in agen()]
print(values)
