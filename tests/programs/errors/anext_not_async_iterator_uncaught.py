import asyncio

class AsyncIterable:
    def __aiter__(self):
        return self

async def main():
    print(await anext(AsyncIterable()))

asyncio.run(main())
