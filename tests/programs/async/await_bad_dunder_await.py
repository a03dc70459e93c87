import asyncio

class ReturnsList:
    def __await__(self):
        return [1, 2]

class ReturnsCoroutine:
    def __await__(self):
        self.coro = asyncio.sleep(0)
        return self.coro

class NotCallable:
    __await__ = None

async def main():
    for obj in [ReturnsList(), ReturnsCoroutine(), NotCallable()]:
        try:
            await obj
        except TypeError as e:
            print(type(obj).__name__, "->", e)
        if isinstance(obj, ReturnsCoroutine):
            obj.coro.close()

asyncio.run(main())
