import asyncio

async def counter(name, n):
    count = 0
    history = []
    for i in range(n):
        count += i
        history.append(count)
        await asyncio.sleep(0.1)
    return name, count, history

async def main():
    print(await counter("a", 4))
    print(await counter("b", 2))

asyncio.run(main())
