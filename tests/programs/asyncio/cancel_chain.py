import asyncio


async def leaf():
    await asyncio.sleep(50)


async def middle():
    try:
        await leaf()
    finally:
        print("middle cleanup")


async def main():
    t = asyncio.create_task(middle())
    await asyncio.sleep(0.5)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main caught", repr(e))
    t2 = asyncio.create_task(middle())
    await asyncio.sleep(0.5)
    t2.cancel()
    await asyncio.sleep(0)
    print(t2.done(), t2.cancelled())
    await t2


asyncio.run(main())
