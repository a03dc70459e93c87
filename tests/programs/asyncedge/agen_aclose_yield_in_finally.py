import asyncio

async def bad():
    try:
        yield 1
    finally:
        print("in finally, yielding")
        yield 2

async def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("swallowing GeneratorExit")
    print("after except")
    return

async def raises_other():
    try:
        yield 1
    finally:
        raise ValueError("from finally")

async def main():
    g = bad()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    g = swallow()
    await g.__anext__()
    print("aclose ->", await g.aclose())
    g = raises_other()
    await g.__anext__()
    try:
        await g.aclose()
    except ValueError as e:
        print("ValueError:", e, type(e.__context__).__name__)
    g = bad()
    print("aclose unstarted ->", await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed gen stops")

asyncio.run(main())
