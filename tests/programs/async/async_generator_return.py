import asyncio

async def agen(stop_early):
    yield 1
    if stop_early:
        return
    yield 2

async def main():
    print([x async for x in agen(True)])
    print([x async for x in agen(False)])

asyncio.run(main())
