import asyncio

async def fetch_data(url):
    # Simulate network request
    await asyncio.sleep(0.2)
    return f"Data from {url}"

class AsyncDataFetcher:
    def __init__(self, urls):
        self.urls = urls

    def __aiter__(self):
        self.index = 0
        return self

    async def __anext__(self):
        if self.index >= len(self.urls):
            raise StopAsyncIteration
        url = self.urls[self.index]
        self.index += 1
        return await fetch_data(url)

async def main():
    fetcher = AsyncDataFetcher([
        "api.example.com/1",
        "api.example.com/2",
        "api.example.com/3"
    ])

    async for data in fetcher:
        print(data)

asyncio.run(main())
