import asyncio


async def compute(x):
    await asyncio.sleep(0.1)
    return x + 1


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(compute(1)))
task = loop.create_task(compute(10))
print(loop.run_until_complete(task), task.done())
fut = loop.create_future()
loop.call_later(0.1, fut.set_result, "from the future")
print(loop.run_until_complete(fut))
loop.call_soon(loop.stop)
loop.run_forever()
print("stopped", loop.is_running(), loop.is_closed())
loop.close()
print("closed", loop.is_closed())
coro = compute(0)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
