import asyncio

PAGES = {
    "/": ["/about", "/blog", "/contact"],
    "/about": ["/team", "/"],
    "/blog": ["/blog/1", "/blog/2", "/about"],
    "/blog/1": ["/blog/2"],
    "/blog/2": ["/blog/1", "/missing"],
    "/contact": [],
    "/team": ["/about"],
}

LATENCY = {path: 0.01 * (i + 1) for i, path in enumerate(sorted(PAGES))}


class NotFound(Exception):
    def __init__(self, path):
        super().__init__(f"404: {path}")
        self.path = path


async def fetch(path):
    await asyncio.sleep(LATENCY.get(path, 0.005))
    if path not in PAGES:
        raise NotFound(path)
    return PAGES[path]


async def crawl(start, max_concurrency=2):
    seen = {start}
    order = []
    errors = []
    sem = asyncio.Semaphore(max_concurrency)

    async def visit(path):
        async with sem:
            try:
                links = await fetch(path)
            except NotFound as e:
                errors.append(str(e))
                return
        order.append(path)
        new = [l for l in links if l not in seen]
        seen.update(new)
        await asyncio.gather(*(visit(l) for l in new))

    await visit(start)
    return order, errors


async def main():
    order, errors = await crawl("/")
    print("visited", len(order), "pages")
    for i, p in enumerate(order, 1):
        print(f"{i:>2}. {p}")
    print("errors:", errors)
    print("sorted:", sorted(order, key=lambda p: (p.count("/"), p)))


asyncio.run(main())
