import asyncio

async def main():
    for thing in [5, "text", None, [1]]:
        try:
            await thing
        except TypeError as e:
            print(e)

asyncio.run(main())
