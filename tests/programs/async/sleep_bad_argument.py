import asyncio

async def main():
    try:
        await asyncio.sleep("1")
    except TypeError as e:
        print("TypeError:", e)
    print(await asyncio.sleep(0.0, result="float zero is fine"))

asyncio.run(main())
