import asyncio

async def add(a, b):
    await asyncio.sleep(0.001)
    return a + b

async def fail():
    await asyncio.sleep(0)
    raise ValueError("nope")

with asyncio.Runner() as runner:
    print(runner.run(add(1, 2)))
    print(runner.run(add(3, 4)))
    loop = runner.get_loop()
    print(loop.is_running(), loop.is_closed())
    try:
        runner.run(fail())
    except ValueError as e:
        print("ValueError", e)
    print(runner.run(add(5, 6)))
print(loop.is_closed())

loop = asyncio.new_event_loop()
print(loop.run_until_complete(add(10, 20)))
t = loop.create_task(add(1, 1))
print(loop.run_until_complete(t), t.done())
try:
    loop.run_until_complete(fail())
except ValueError as e:
    print("run_until_complete raised", e)
loop.close()
try:
    loop.run_until_complete(add(1, 1))
except RuntimeError as e:
    print("RuntimeError", e)
try:
    asyncio.Runner().run(123)
except ValueError as e:
    print("ValueError", e)
