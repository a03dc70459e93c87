import asyncio

async def save(item):
    await asyncio.sleep(0)
    print("saved", item)

async def main():
    save("forgotten")
    await save("awaited")
    print("main done")

asyncio.run(main())
