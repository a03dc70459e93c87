import asyncio

print(asyncio.CancelledError.__mro__)
print(issubclass(asyncio.CancelledError, Exception))
print(asyncio.TimeoutError is TimeoutError)
print(asyncio.InvalidStateError.__mro__)
print(asyncio.QueueEmpty.__mro__, asyncio.QueueFull.__mro__)
print(repr(asyncio.CancelledError("m")))
print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


async def main():
    try:
        raise asyncio.CancelledError("inner")
    except Exception:
        print("not an Exception")
    except BaseException as e:
        print("caught as BaseException:", repr(e))


asyncio.run(main())
