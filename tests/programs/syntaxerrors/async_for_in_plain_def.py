async def numbers():
    yield 1

def main():
    print("never printed")
    async for n in numbers():
        print(n)
