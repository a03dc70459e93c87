import asyncio

async def main():
    print("start")
    asyncio.sleep(1)
    print("end (no time passed)")

asyncio.run(main())
