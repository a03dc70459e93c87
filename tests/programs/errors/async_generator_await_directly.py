import asyncio

async def agen():
    yield 1

async def main():
    try:
        await agen()
    except TypeError as e:
        print(e)

asyncio.run(main())
