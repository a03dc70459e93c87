import asyncio

async def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return
        total += value
        await asyncio.sleep(0)

async def main():
    gen = accumulate()
    print(await gen.asend(None))
    print(await gen.asend(5))
    print(await gen.asend(7))
    try:
        await gen.asend(None)
    except StopAsyncIteration:
        print("generator finished")

asyncio.run(main())
