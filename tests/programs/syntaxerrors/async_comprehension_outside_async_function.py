async def agen():
    yield 1

def collect():
    return [x async for x in agen()]

print("never printed")
