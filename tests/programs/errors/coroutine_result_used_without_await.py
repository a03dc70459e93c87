import asyncio

async def get_number():
    return 10

async def main():
    n = get_number()
    try:
        print(n + 1)
    except TypeError as e:
        print(e)
    print(await n + 1)

asyncio.run(main())
