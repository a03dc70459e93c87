import asyncio


async def main():
    task = asyncio.current_task()
    task.cancel()
    print("still running")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("cancelled at the next await")
        print(task.cancelling(), task.uncancel())
    await asyncio.sleep(0)
    print("finished normally")
    return "ok"


print(asyncio.run(main()))
