import asyncio

async def main():
    print("inside the coroutine")
    await asyncio.sleep(0.1)
    raise KeyboardInterrupt

asyncio.run(main())
