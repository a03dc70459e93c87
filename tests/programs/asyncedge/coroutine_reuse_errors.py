import asyncio

async def c():
    await asyncio.sleep(0.001)
    return 1

async def main():
    co = c()
    print(await co)
    try:
        await co
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.create_task(c())
    print(await t, await t)
    try:
        asyncio.create_task(c)
    except TypeError as e:
        print("TypeError:", str(e).split(" at 0x")[0])
    async def selfawait():
        await task
    task = asyncio.create_task(selfawait())
    try:
        await task
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" coro=")[0])
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(fut.cancel(), fut.result())

asyncio.run(main())
