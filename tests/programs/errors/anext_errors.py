import asyncio

class AiterOnly:
    def __aiter__(self):
        return self

class SyncIterator:
    def __iter__(self):
        return self
    def __next__(self):
        return 1

async def agen():
    yield 1

async def main():
    for obj in [AiterOnly(), SyncIterator(), [1], iter([1]), 5, agen]:
        try:
            anext(obj)
        except TypeError as e:
            print(e)
    for obj in [AiterOnly(), [1]]:
        try:
            anext(obj, "default")
        except TypeError as e:
            print("with default:", e)

asyncio.run(main())
