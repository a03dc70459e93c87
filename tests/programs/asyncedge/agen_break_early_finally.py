import asyncio

async def gen(name):
    try:
        for i in range(10):
            yield i
    finally:
        print(name, "finally")
        await asyncio.sleep(0.1)
        print(name, "finally done")

async def main():
    async for x in gen("a"):
        if x == 2:
            break
    print("after break (gen a not yet closed)")
    g = gen("b")
    async for x in g:
        if x == 1:
            break
    await g.aclose()
    print("after aclose b")
    g = gen("c")
    await g.__anext__()
    del g
    print("after del c")
    await asyncio.sleep(0.5)
    print("end main")

asyncio.run(main())
print("after run")
