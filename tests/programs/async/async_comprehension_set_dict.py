import asyncio

async def words():
    for w in ["apple", "bob", "apple", "cat"]:
        yield w

async def main():
    print(sorted({w async for w in words()}))
    print({w: len(w) async for w in words()})
    print({w[0]: w async for w in words() if len(w) > 3})

asyncio.run(main())
