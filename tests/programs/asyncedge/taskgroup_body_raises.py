import asyncio

async def child(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        await asyncio.sleep(0.01)
        print(name, "cleanup done")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("a", 0.1))
            tg.create_task(child("b", 0.3))
            await asyncio.sleep(0.2)
            raise RuntimeError("body failed")
    except* RuntimeError as eg:
        print("caught", repr(eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c", 0.1))
        tg.create_task(child("d", 0.1))
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(child("e", 0.2))
        t2 = tg.create_task(child("f", 0.1))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("g", 0.5))
            await asyncio.sleep(0.01)
            raise KeyboardInterrupt
    except KeyboardInterrupt:
        print("KeyboardInterrupt propagated bare")

asyncio.run(main())
