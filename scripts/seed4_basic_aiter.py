import asyncio

async def async_gen():
    for i in range(3):
        yield i
        await asyncio.sleep(0.1)

async def main():
    ag = async_gen()
    ait = aiter(ag)

    while True:
        try:
            val = await anext(ait)
            print(val)
        except StopAsyncIteration:
            break

asyncio.run(main())
