import asyncio

async def agen(n):
    for i in range(n):
        yield i

async def main():
    print([[x async for x in agen(k)] for k in range(3)])
    print([await asyncio.sleep(0, k) for k in range(2)])

asyncio.run(main())
