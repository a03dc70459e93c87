import asyncio

async def main():
    try:
        ait = aiter([1, 2, 3])  # Regular list is not async iterable
    except TypeError as e:
        print(f"Error: {e}")  # 'list' object is not async iterable

    class NoAiter:
        pass

    try:
        ait = aiter(NoAiter())
    except TypeError as e:
        print(f"Error: {e}")  # 'NoAiter' object is not async iterable

asyncio.run(main())
