import asyncio


def boom(x):
    print("boom called with", x)
    raise ValueError(f"boom {x}")


def handler(loop, context):
    print("handler:", sorted(context), repr(context.get("exception")))


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(boom, 1)
    await asyncio.sleep(0)
    print("after the first callback")
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    loop.call_soon(boom, 2)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom report"})
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "to stderr", "detail": [1, 2]})
    f = loop.create_future()
    f.set_exception(RuntimeError("unretrieved future"))
    print("end of main")


asyncio.run(main())
