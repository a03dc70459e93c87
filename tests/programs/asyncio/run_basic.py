import asyncio


async def main():
    print("in main")
    await asyncio.sleep(0)
    return 42


print(asyncio.run(main()))
print(asyncio.run(main(), debug=False))
