import asyncio

async def work():
    return 5

async def main():
    c = work()
    for op in [lambda: list(c), lambda: len(c), lambda: c[0], lambda: c + 1, lambda: next(c)]:
        try:
            op()
        except TypeError as e:
            print(e)
    print(await c)

asyncio.run(main())
