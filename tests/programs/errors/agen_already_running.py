import asyncio

async def agen():
    await asyncio.sleep(0.1)
    yield 1
    await asyncio.sleep(0.1)
    yield 2

async def main():
    g = agen()
    t = asyncio.create_task(anext(g)) if False else None
    first = asyncio.ensure_future(g.__anext__())
    await asyncio.sleep(0)
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await g.athrow(ValueError)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await first)
    print(await anext(g))
    await g.aclose()
    print(await anext(g, "exhausted"))

asyncio.run(main())
