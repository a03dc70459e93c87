import asyncio

class Suppressing:
    async def __aenter__(self):
        return "resource"
    async def __aexit__(self, exc_type, exc, tb):
        if exc_type is KeyError:
            print("suppressing", repr(exc))
            return True
        return None

async def main():
    async with Suppressing() as r:
        print("using", r)
        {}["missing"]
    print("continued after suppression")

asyncio.run(main())
