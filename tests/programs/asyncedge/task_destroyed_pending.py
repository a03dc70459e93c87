import asyncio

async def forever():
    try:
        await asyncio.sleep(10)
    finally:
        print("forever finally")

async def main():
    t = asyncio.create_task(forever(), name="forever-task")
    await asyncio.sleep(0)
    print(repr(t).split(" coro=")[0], t.get_coro().__qualname__)
    print(asyncio.current_task().get_name())
    print(len(asyncio.all_tasks()))
    return "main done"

print(asyncio.run(main()))
loop = asyncio.new_event_loop()
t = loop.create_task(forever())
loop.run_until_complete(asyncio.sleep(0.01))
print("stopping with pending task", t.done())
loop.close()
print("closed")
