import asyncio
import time


def timed(label=None):
    def deco(func):
        name = label or func.__name__
        if asyncio.iscoroutinefunction(func):
            async def async_wrapper(*args, **kwargs):
                start = time.perf_counter()
                try:
                    return await func(*args, **kwargs)
                finally:
                    elapsed = time.perf_counter() - start
                    print(f"[{name}] took {elapsed:.0f}s")
            return async_wrapper

        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            result = func(*args, **kwargs)
            elapsed = time.perf_counter() - start
            print(f"[{name}] took {round(elapsed)}s")
            return result
        return wrapper
    return deco


@timed()
def busy(n):
    return sum(i * i for i in range(n))


@timed("download")
async def download(url, delay):
    await asyncio.sleep(delay)
    return f"{url}: {len(url) * 100} bytes"


@timed()
async def download_all():
    results = await asyncio.gather(
        download("http://a.example", 2),
        download("http://bb.example", 1),
        download("http://ccc.example", 3),
    )
    return results


@timed()
async def failing():
    await asyncio.sleep(1)
    raise RuntimeError("network down")


async def main():
    print(busy(1000))
    for line in await download_all():
        print(line)
    try:
        await failing()
    except RuntimeError as e:
        print("caught", e)


asyncio.run(main())
