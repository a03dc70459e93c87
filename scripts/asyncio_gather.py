# asyncio.gather runs many awaitables concurrently and returns their
# results in the order they were passed, not the order they finished.
# With return_exceptions=True a failure becomes a value in the list;
# without it the first exception propagates to the awaiting coroutine.
import asyncio


async def square(n):
    # Larger numbers finish first: completion order is the reverse of n.
    await asyncio.sleep((10 - n) * 0.03)
    return n * n


async def fetch(url):
    await asyncio.sleep(len(url) * 0.02)
    if "bad" in url:
        raise ConnectionError(f"cannot reach {url}")
    if url.endswith("/missing"):
        raise KeyError(url)
    print(f"  fetched {url}")
    return f"<{len(url)} bytes from {url}>"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()

    print("1. ten squares, finishing in reverse order")
    squares = await asyncio.gather(*(square(n) for n in range(10)))
    print("  results:", squares)
    print("  elapsed:", round(loop.time() - start, 1))

    print("2. mixed success and failure, return_exceptions=True")
    urls = ["a.io", "bad.example", "b.org/missing", "c.net/index.html"]
    results = await asyncio.gather(*(fetch(u) for u in urls), return_exceptions=True)
    for url, result in zip(urls, results):
        kind = type(result).__name__
        print(f"  {url:17} -> {kind}: {result}")
    ok = [r for r in results if not isinstance(r, BaseException)]
    print(f"  {len(ok)} of {len(results)} succeeded")

    print("3. the same without return_exceptions: the first error propagates")
    tasks = [asyncio.create_task(fetch(u)) for u in urls]
    try:
        await asyncio.gather(*tasks)
    except ConnectionError as exc:
        print("  gather raised:", repr(exc))
    # The other tasks were not cancelled: they keep running to completion.
    print("  still pending:", sum(not t.done() for t in tasks))
    await asyncio.sleep(0.45)
    for url, t in zip(urls, tasks):
        exc = t.exception()
        print(f"  {url:17} done={t.done()} exception={exc!r}")

    print("4. gather of nothing and of plain coroutines mixed with tasks")
    print("  empty gather:", await asyncio.gather())
    extra = asyncio.create_task(square(7))
    print("  mixed:", await asyncio.gather(square(9), extra, square(8)))
    print("  total elapsed:", round(loop.time() - start, 1))


asyncio.run(main())
