import asyncio

async def agen():
    yield 1

async def main():
    g = agen()
    for fn in [list, tuple, sorted, sum, iter, set]:
        try:
            fn(g)
        except TypeError as e:
            print(fn.__name__, "->", e)
    try:
        print([x for x in g])
    except TypeError as e:
        print("comprehension ->", e)
    try:
        a, b = g
    except TypeError as e:
        print("unpacking ->", e)
    try:
        print(*g)
    except TypeError as e:
        print("star ->", e)

asyncio.run(main())
