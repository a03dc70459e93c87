async def numbers():
    yield 1

print("never printed: the file does not compile")
async for n in numbers():
    print(n)
