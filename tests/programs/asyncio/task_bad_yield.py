import asyncio


class BadAwaitable:
    def __await__(self):
        yield 5


async def main():
    try:
        await BadAwaitable()
    except RuntimeError as e:
        print("RuntimeError:", e)
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.1, f.set_result, "fine")
    print(await f)


asyncio.run(main())
