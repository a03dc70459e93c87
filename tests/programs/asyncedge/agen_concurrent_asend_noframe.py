import asyncio

async def slow():
    for i in range(3):
        await asyncio.sleep(0.1)
        yield i

async def main():
    g = slow()
    t1 = asyncio.create_task(g.__anext__())
    await asyncio.sleep(0)
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await t1)
    t = asyncio.create_task(g.__anext__())
    await asyncio.sleep(0)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await t)
    print(g.ag_running, g.__name__)
    await g.aclose()
    print(await anext(g, 'exhausted'))

asyncio.run(main())
