import asyncio

async def main():
    for obj in [[1, 2], (1,), "abc", {"k": 1}, 5, None, range(3)]:
        try:
            async for x in obj:
                print(x)
        except TypeError as e:
            print(e)

asyncio.run(main())
