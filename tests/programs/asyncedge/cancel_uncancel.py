import asyncio

async def stubborn():
    n = 0
    while True:
        try:
            await asyncio.sleep(0.1)
            n += 1
            if n == 3:
                return "finished after %d" % n
        except asyncio.CancelledError:
            t = asyncio.current_task()
            print("cancelling", t.cancelling())
            print("uncancel ->", t.uncancel())
            print("cancelling after", t.cancelling())

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.05)
    t.cancel()
    await asyncio.sleep(0.01)
    t.cancel()
    t.cancel()
    print("task cancelling", t.cancelling())
    print(await t)
    print(t.cancelled(), t.cancelling())

asyncio.run(main())
