import asyncio

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7

class StrAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return "not awaitable"

async def main():
    for obj in [BadAnext(), StrAnext()]:
        try:
            async for x in obj:
                print(x)
        except TypeError as e:
            print("error:", e)
            print("cause:", repr(e.__cause__))
            print("context is cause:", e.__context__ is e.__cause__)

asyncio.run(main())
