import asyncio


async def main():
    print(await asyncio.sleep(0.1, "done"))
    print(await asyncio.sleep(0, result=[1, 2]))
    print(await asyncio.sleep(-1))
    try:
        await asyncio.sleep("x")
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.sleep()
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
