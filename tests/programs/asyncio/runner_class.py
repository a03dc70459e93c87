import asyncio


async def square(x):
    await asyncio.sleep(0.1)
    return x * x


async def leftover():
    try:
        await asyncio.sleep(10)
    finally:
        print("leftover cancelled at close")


async def spawn():
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    return "spawned"


with asyncio.Runner() as runner:
    print(runner.run(square(3)))
    print(runner.run(square(4)))
    loop = runner.get_loop()
    print(type(loop).__name__, loop.is_closed())
    print(runner.run(spawn()))
print(loop.is_closed())
coro = square(5)
try:
    runner.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
r = asyncio.Runner(debug=True)
print(r.run(square(6)), r.get_loop().get_debug())
r.close()
r.close()
try:
    asyncio.Runner().run(5)
except ValueError as e:
    print("ValueError:", e)
