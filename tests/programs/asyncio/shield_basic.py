import asyncio


async def important():
    await asyncio.sleep(1.5)
    print("important work finished")
    return "result"


async def main():
    task = asyncio.create_task(important())
    shielded = asyncio.shield(task)
    waiter = asyncio.create_task(asyncio.wait_for(shielded, 0.5))
    try:
        await waiter
    except asyncio.TimeoutError:
        print("caller timed out; task cancelled?", task.cancelled())
    print(await task)
    done = asyncio.get_running_loop().create_future()
    done.set_result(7)
    print(asyncio.shield(done) is done)
    print(await asyncio.shield(asyncio.sleep(0.5, "through shield")))


asyncio.run(main())
