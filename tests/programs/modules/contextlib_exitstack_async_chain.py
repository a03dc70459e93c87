# AsyncExitStack: exception chaining when async exit callbacks raise
# while the body's exception unwinds (the later exception gets the earlier
# one as __context__).
import asyncio
from contextlib import AsyncExitStack


class ACM:
    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, value, tb):
        await asyncio.sleep(0)
        raise RuntimeError("aexit failed")


def raiser(exc):
    async def cb(*args):
        await asyncio.sleep(0)
        raise exc
    return cb


def sync_raiser(exc):
    def cb(*args):
        raise exc
    return cb


async def main():
    # chaining when several async callbacks raise
    try:
        async with AsyncExitStack() as stack:
            stack.push_async_exit(raiser(KeyError("third")))
            stack.push(sync_raiser(IndexError("second")))
            stack.push_async_exit(raiser(ZeroDivisionError("first")))
            raise ValueError("body")
    except Exception as e:
        chain = []
        while e is not None:
            chain.append(repr(e))
            e = e.__context__
        print("chain:", chain)

    # an exception from an async exit replaces the body's
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(ACM())
            raise ValueError("body")
    except RuntimeError as e:
        print(repr(e), "context:", repr(e.__context__))


    # a plain async with whose __aexit__ raises
    try:
        async with ACM():
            raise ValueError("plain body")
    except RuntimeError as e:
        print("plain:", repr(e), repr(e.__context__))


asyncio.run(main())
