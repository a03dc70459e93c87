import asyncio

class Numbers:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    def __anext__(self):
        self.n += 1
        return self.n

async def main():
    async for n in Numbers():
        print(n)

asyncio.run(main())
