import asyncio

async def resource(name):
    print(name, "acquire")
    try:
        await asyncio.sleep(1)
    finally:
        print(name, "release start")
        await asyncio.sleep(0.2)
        print(name, "release end")

async def nested():
    try:
        await resource("inner")
    finally:
        print("nested finally")
        await asyncio.sleep(0.1)
        print("nested finally done")

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(nested())
    await asyncio.sleep(0.2)
    t0 = loop.time()
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled after", round(loop.time() - t0, 1))
    t = asyncio.create_task(resource("again"))
    await asyncio.sleep(0.2)
    t.cancel()
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("second cancel hit finally", t.cancelled())

asyncio.run(main())
