import asyncio

def gen():
    yield 1

async def main():
    try:
        await gen()
    except TypeError as e:
        print(e)

asyncio.run(main())
