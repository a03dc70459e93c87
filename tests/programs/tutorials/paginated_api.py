import asyncio

DATA = [f"item-{i:03d}" for i in range(23)]


class FakeAPI:
    def __init__(self, page_size):
        self.page_size = page_size
        self.requests = 0

    async def get_page(self, token=None):
        self.requests += 1
        await asyncio.sleep(0.01)
        start = token or 0
        end = start + self.page_size
        next_token = end if end < len(DATA) else None
        return {"items": DATA[start:end], "next": next_token}


class Paginator:
    def __init__(self, api):
        self.api = api
        self.buffer = []
        self.token = None
        self.exhausted = False

    def __aiter__(self):
        return self

    async def __anext__(self):
        while not self.buffer:
            if self.exhausted:
                raise StopAsyncIteration
            page = await self.api.get_page(self.token)
            self.buffer.extend(page["items"])
            self.token = page["next"]
            if self.token is None:
                self.exhausted = True
        return self.buffer.pop(0)


async def pages(api):
    token = None
    while True:
        page = await api.get_page(token)
        yield page["items"]
        token = page["next"]
        if token is None:
            return


async def main():
    api = FakeAPI(page_size=5)
    items = [x async for x in Paginator(api)]
    print(len(items), items[:3], items[-2:])
    print("requests:", api.requests)

    api2 = FakeAPI(page_size=10)
    async for i, page in aenumerate(pages(api2)):
        print(f"page {i}: {len(page)} items, first={page[0]}")

    evens = [x async for x in Paginator(FakeAPI(7)) if int(x[-3:]) % 2 == 0]
    print(evens)


async def aenumerate(ait, start=0):
    i = start
    async for x in ait:
        yield i, x
        i += 1


asyncio.run(main())
