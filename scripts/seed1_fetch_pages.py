# fetch_pages() of "Python Async Iterators - Core Concepts", made runnable:
# a small local stand-in replaces aiohttp. The session and each request are
# async context managers; a response has `async def text()`.
import asyncio


class FakeResponse:
    def __init__(self, url):
        self.url = url

    async def text(self):
        await asyncio.sleep(0.1)  # the body arrives later
        return f"<html>{self.url}</html>"


class FakeRequest:
    """What session.get(url) returns: an async context manager."""

    def __init__(self, url):
        self.url = url

    async def __aenter__(self):
        print(f"GET {self.url}")
        await asyncio.sleep(0.1)  # the headers arrive
        return FakeResponse(self.url)

    async def __aexit__(self, exc_type, exc, tb):
        print(f"released {self.url}")
        return False


class FakeClientSession:
    async def __aenter__(self):
        print("session opened")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("session closed")
        return False

    def get(self, url):
        return FakeRequest(url)


class aiohttp:
    """Stands in for the aiohttp module."""
    ClientSession = FakeClientSession


async def fetch_pages(urls):
    async with aiohttp.ClientSession() as session:
        for url in urls:
            async with session.get(url) as response:
                yield await response.text()


def process(page_html):
    print(f"processing {page_html} ({len(page_html)} characters)")


async def main():
    url_list = ["https://example.com/a", "https://example.com/b", "https://example.com/c"]
    async for page_html in fetch_pages(url_list):
        process(page_html)


asyncio.run(main())
