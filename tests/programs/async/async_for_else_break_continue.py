import asyncio

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def main():
    async for i in numbers(6):
        if i == 1:
            continue
        if i == 4:
            break
        print("body", i)
    else:
        print("not printed: broken")
    async for i in numbers(3):
        print("full", i)
    else:
        print("else after exhaustion, i =", i)
    async for i in numbers(0):
        print("never")
    else:
        print("else on empty")

asyncio.run(main())
