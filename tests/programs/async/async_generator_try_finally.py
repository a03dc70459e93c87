import asyncio

async def resource():
    print("acquire")
    try:
        for i in range(3):
            await asyncio.sleep(0)
            yield i
    finally:
        print("release")

async def main():
    async for v in resource():
        print("use", v)
    print("after loop")

asyncio.run(main())
