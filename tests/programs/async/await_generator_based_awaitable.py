import asyncio

class Countdown:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for i in range(self.n, 0, -1):
            print("counting", i)
            yield
        return "liftoff"

class Wrapper:
    def __init__(self, coro):
        self.coro = coro
    def __await__(self):
        print("wrapper before")
        result = yield from self.coro.__await__()
        print("wrapper after")
        return result

async def inner():
    await asyncio.sleep(0)
    return "inner value"

async def main():
    print(await Countdown(3))
    print(await Wrapper(inner()))

asyncio.run(main())
