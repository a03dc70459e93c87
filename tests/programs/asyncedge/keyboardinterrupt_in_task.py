import asyncio

async def raiser():
    await asyncio.sleep(0.1)
    print("raising in task")
    raise KeyboardInterrupt("from task")

async def main():
    t = asyncio.create_task(raiser())
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("main cancelled")
        raise
    finally:
        print("main finally")

try:
    asyncio.run(main())
except KeyboardInterrupt as e:
    print("caught KeyboardInterrupt", e.args)
print("done")
