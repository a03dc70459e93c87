import asyncio

class Conn:
    async def __aenter__(self):
        raise ConnectionError("refused")
    async def __aexit__(self, *exc):
        print("never called")

async def main():
    async with Conn():
        print("never")

asyncio.run(main())
