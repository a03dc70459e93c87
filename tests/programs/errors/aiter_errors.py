import asyncio

class NoAiter:
    pass

class AiterReturnsInt:
    def __aiter__(self):
        return 3

class OnlyAiter:
    def __aiter__(self):
        return self

async def main():
    for obj in [[1, 2, 3], NoAiter(), 5, "s", iter([1]), AiterReturnsInt(), OnlyAiter()]:
        try:
            aiter(obj)
            print("accepted", type(obj).__name__)
        except TypeError as e:
            print(e)

asyncio.run(main())
