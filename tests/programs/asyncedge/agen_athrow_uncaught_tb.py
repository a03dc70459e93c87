import asyncio

async def ticker():
    i = 0
    while True:
        yield i
        i += 1

async def middle(g):
    await g.asend(None)
    await g.athrow(ValueError, ValueError("thrown in"))

async def main():
    g = ticker()
    await middle(g)

asyncio.run(main())
