import asyncio

async def fact(n):
    if n <= 1:
        return 1
    await asyncio.sleep(0)
    return n * await fact(n - 1)

async def tree_sum(node):
    value, children = node
    total = value
    for c in children:
        total += await tree_sum(c)
    return total

async def main():
    print(await fact(20))
    print(await tree_sum((1, [(2, []), (3, [(4, [])])])))

asyncio.run(main())
