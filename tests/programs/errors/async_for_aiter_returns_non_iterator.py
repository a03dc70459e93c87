import asyncio

class BadAiter:
    def __aiter__(self):
        return 5

class AiterReturnsList:
    def __aiter__(self):
        return [1, 2]

class AiterNotCallable:
    __aiter__ = None

async def main():
    for obj in [BadAiter(), AiterReturnsList(), AiterNotCallable()]:
        try:
            async for x in obj:
                print(x)
        except TypeError as e:
            print(type(obj).__name__, "->", e)

asyncio.run(main())
