import asyncio

class AsyncOnly:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        return False

async def main():
    try:
        with AsyncOnly():
            pass
    except TypeError as e:
        print(e)

asyncio.run(main())
