import asyncio

async def apply(fn, values):
    out = []
    for v in values:
        out.append(await fn(v))
    return out

async def square(x):
    return x * x

async def main():
    print(await apply(square, [1, 2, 3]))
    callbacks = {"sq": square}
    print(await callbacks["sq"](9))

asyncio.run(main())
