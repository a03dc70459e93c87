import asyncio


async def numbers():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("numbers finalized")


async def exhausted():
    try:
        yield 1
    finally:
        print("exhausted finalized")


async def main():
    gen = numbers()
    print(await gen.__anext__())
    print(await gen.__anext__())
    async for x in exhausted():
        print("got", x)
    print("main done")


asyncio.run(main())
print("after run")
