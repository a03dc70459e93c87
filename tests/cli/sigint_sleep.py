import asyncio


async def main():
    print("ready", flush=True)
    await asyncio.sleep(10)
    print("not reached")


asyncio.run(main())
