import asyncio


async def inner():
    return 1


async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await coro)
    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop.is_closed())
    print(asyncio.get_event_loop() is loop)
    return loop


try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop = asyncio.run(main())
print(loop.is_running(), loop.is_closed())
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.run()
except TypeError as e:
    print("TypeError:", e)
