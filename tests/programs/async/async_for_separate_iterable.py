import asyncio

class Numbers:
    def __init__(self, data):
        self.data = data
    def __aiter__(self):
        return NumbersIterator(self.data)

class NumbersIterator:
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.pos == len(self.data):
            raise StopAsyncIteration
        self.pos += 1
        return self.data[self.pos - 1]

async def main():
    nums = Numbers([5, 6, 7])
    async for n in nums:
        print("first pass", n)
    async for n in nums:
        print("second pass", n)

asyncio.run(main())
