import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}"


async def main():
    coros = [fetch("a", 1.5), fetch("b", 0.5), fetch("c", 1.0)]
    for next_done in asyncio.as_completed(coros):
        print(await next_done)
    slow = [fetch("x", 0.5), fetch("y", 50)]
    try:
        for fut in asyncio.as_completed(slow, timeout=5):
            print(await fut)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    print(type(asyncio.as_completed([])).__name__)


asyncio.run(main())
