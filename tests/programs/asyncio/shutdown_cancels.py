import asyncio


async def background(name):
    try:
        while True:
            print(name, "tick")
            await asyncio.sleep(0.4)
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        raise
    finally:
        print(name, "finally")


async def refuses():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise RuntimeError("during shutdown")


async def main():
    asyncio.create_task(background("bg"))
    asyncio.create_task(refuses())
    await asyncio.sleep(1)
    print("main returns")


asyncio.run(main())
print("done")
