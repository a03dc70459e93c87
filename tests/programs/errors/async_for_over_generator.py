import asyncio

def numbers():
    yield 1
    yield 2

async def main():
    try:
        async for n in numbers():
            print(n)
    except TypeError as e:
        print(e)
    try:
        async for n in iter([1]):
            print(n)
    except TypeError as e:
        print(e)

asyncio.run(main())
