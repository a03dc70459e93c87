import asyncio

async def fail(n):
    await asyncio.sleep(0.001 * n)
    raise ValueError(f"fail {n}")

async def main():
    t1 = asyncio.create_task(fail(1))
    t2 = asyncio.create_task(fail(2))
    t3 = asyncio.create_task(fail(3))
    await asyncio.sleep(0.01)
    print(t1.done(), t2.done(), t3.done())
    print(repr(t2.exception()))
    del t1
    print("deleted t1")
    await asyncio.sleep(0)
    print("end main")

asyncio.run(main())
print("after run")
