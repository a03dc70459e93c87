import asyncio

class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        return False

class NotAwaitableEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *args):
        return False

async def main():
    try:
        async with SyncOnly():
            pass
    except TypeError as e:
        print(e)
    try:
        async with NotAwaitableEnter():
            pass
    except TypeError as e:
        print(e)

asyncio.run(main())
