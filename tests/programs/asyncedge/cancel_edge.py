import asyncio

async def work(name):
    print(name, "started")
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(name, "cancelled with", e.args)
        raise
    finally:
        print(name, "cleanup")
        await asyncio.sleep(0.1)
        print(name, "cleanup done")

async def main():
    t = asyncio.create_task(work("never"))
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print("never-started cancelled", e.args, t.cancelled())
    t = asyncio.create_task(work("twice"))
    await asyncio.sleep(0)
    print(t.cancel("first"), t.cancel("second"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught", e.args)
    print(t.cancel(), t.done(), t.cancelled())
    t = asyncio.create_task(work("msg"))
    await asyncio.sleep(0.01)
    t.cancel(msg="stop now")
    res = await asyncio.gather(t, return_exceptions=True)
    print(res, [type(r).__name__ for r in res])

asyncio.run(main())
