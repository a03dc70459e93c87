import asyncio

async def numbers():
    try:
        for i in range(5):
            yield i
    finally:
        print("numbers cleanup")

async def main():
    gen = numbers()
    try:
        async for n in gen:
            if n == 2:
                raise ValueError("consumer failed at 2")
            print(n)
    except ValueError as e:
        print("caught:", e)
    await gen.aclose()

asyncio.run(main())
