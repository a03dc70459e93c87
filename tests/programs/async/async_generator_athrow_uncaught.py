import asyncio

async def producer():
    yield "first"
    yield "second"

async def main():
    p = producer()
    print(await anext(p))
    await p.athrow(ValueError("rejected by consumer"))

asyncio.run(main())
