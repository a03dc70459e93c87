# An async iterator pipeline fed by asyncio.as_completed: pages are
# fetched concurrently, each result enters the pipeline as soon as it is
# ready (completion order, not submission order), and async generator
# stages parse, filter and batch them for an `async for` at the end.
import asyncio

PAGES = {"/home": 0.5, "/about": 0.2, "/blog": 0.8, "/shop": 0.1, "/help": 0.35, "/404": 0.65}


async def fetch(path, delay):
    await asyncio.sleep(delay)
    if path == "/404":
        raise LookupError(f"{path} not found")
    return path, f"<html>{'x' * round(delay * 100)}</html>"


async def completed(paths):
    """Stage 1: yield (path, body) in the order the fetches finish."""
    tasks = [fetch(p, PAGES[p]) for p in paths]
    for index, next_done in enumerate(asyncio.as_completed(tasks)):
        try:
            yield await next_done
        except LookupError as exc:
            print(f"  [fetch] result {index + 1} failed: {exc}")


async def parse(pages):
    """Stage 2: measure the text inside the tags."""
    async for path, body in pages:
        size = len(body) - len("<html></html>")
        print(f"  [parse] {path} -> {size}")
        yield path, size


async def only_large(items, minimum):
    """Stage 3: drop small pages."""
    async for path, size in items:
        if size >= minimum:
            yield path, size
        else:
            print(f"  [filter] dropped {path}")


async def batches(items, n):
    """Stage 4: group items into lists of n (the last may be shorter)."""
    batch = []
    async for item in items:
        batch.append(item)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    pipeline = batches(only_large(parse(completed(PAGES)), 30), 2)
    async for batch in pipeline:
        print(f"t={round(loop.time() - start, 1)} batch: {batch}")
    print(f"pipeline done at {round(loop.time() - start, 1)}s")

    print("as_completed with a timeout:")
    try:
        for fut in asyncio.as_completed([fetch("/shop", 0.1), fetch("/blog", 0.8)], timeout=0.3):
            path, body = await fut
            print(f"  got {path} ({len(body)} chars)")
    except TimeoutError:
        print(f"  timed out at {round(loop.time() - start, 1)}s")
    await asyncio.sleep(0)


asyncio.run(main())
