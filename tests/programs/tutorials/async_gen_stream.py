import asyncio


async def ticker(symbol, prices, interval):
    try:
        for p in prices:
            await asyncio.sleep(interval)
            yield symbol, p
    finally:
        print(f"ticker {symbol} closed")


async def moving_average(stream, window):
    buf = []
    async for sym, price in stream:
        buf.append(price)
        if len(buf) > window:
            buf.pop(0)
        yield sym, price, sum(buf) / len(buf)


async def take(agen, n):
    out = []
    async for item in agen:
        out.append(item)
        if len(out) == n:
            break
    return out


async def merge(*streams):
    queue = asyncio.Queue()
    DONE = object()

    async def pump(s):
        async for item in s:
            await queue.put(item)
        await queue.put(DONE)

    tasks = [asyncio.create_task(pump(s)) for s in streams]
    remaining = len(tasks)
    while remaining:
        item = await queue.get()
        if item is DONE:
            remaining -= 1
        else:
            yield item


async def main():
    async for sym, price, avg in moving_average(ticker("ACME", [10, 12, 11, 15, 14], 0.05), 3):
        print(f"{sym} {price:>4} avg={avg:6.2f}")

    gen = ticker("BETA", [1, 2, 3, 4, 5, 6], 0.05)
    first = await take(gen, 2)
    print("first two:", first)
    await gen.aclose()
    print("after aclose")

    merged = [x async for x in merge(ticker("X", [1, 2, 3], 0.1), ticker("Y", [7, 8], 0.13))]
    print(merged)

    g = ticker("Z", [9], 0.05)
    print(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    print(await anext(ticker("W", [], 0.05), "default"))


asyncio.run(main())
