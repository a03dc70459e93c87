import asyncio

def make(prefix):
    async def gen(n):
        for i in range(n):
            yield f"{prefix}{i}"
    return gen

async def main():
    a = make("a")
    b = make("b")
    print([x async for x in a(2)], [x async for x in b(3)])

asyncio.run(main())
