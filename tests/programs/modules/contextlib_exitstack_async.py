# contextlib.AsyncExitStack: async context managers, async callbacks, and
# the sync methods, with suppression and exception chaining.
import asyncio
from contextlib import AsyncExitStack, AbstractAsyncContextManager, asynccontextmanager

log = []


class ACM:
    def __init__(self, name, suppress=False, fail=None):
        self.name = name
        self.suppress = suppress
        self.fail = fail

    async def __aenter__(self):
        await asyncio.sleep(0)
        log.append("aenter " + self.name)
        return self.name

    async def __aexit__(self, typ, value, tb):
        await asyncio.sleep(0)
        log.append(f"aexit {self.name} {typ.__name__ if typ else None}")
        if self.fail is not None:
            raise self.fail
        return self.suppress


class SyncCM:
    def __enter__(self):
        log.append("enter sync")
        return "sync"

    def __exit__(self, *exc):
        log.append("exit sync")


@asynccontextmanager
async def resource(name):
    log.append("open " + name)
    try:
        yield name + "!"
    finally:
        log.append("close " + name)


async def closer(name, *, how="politely"):
    await asyncio.sleep(0)
    log.append(f"closer {name} {how}")


async def aexit_fn(typ, value, tb):
    log.append(("aexit_fn", typ.__name__ if typ else None))
    return False


def raiser(exc):
    async def cb(*args):
        raise exc
    return cb


async def main():
    async with AsyncExitStack() as stack:
        print(await stack.enter_async_context(ACM("a")))
        print(stack.enter_context(SyncCM()))
        print(await stack.enter_async_context(resource("db")))
        print(stack.push_async_callback(closer, "x", how="firmly") is closer)
        stack.callback(log.append, "sync callback")
        print(stack.push_async_exit(aexit_fn) is aexit_fn)
        acm = ACM("pushed")
        print(stack.push_async_exit(acm) is acm)
    print(log)
    log.clear()

    # suppression by an async exit
    async with AsyncExitStack() as stack:
        stack.push_async_exit(aexit_fn)
        await stack.enter_async_context(ACM("sup", suppress=True))
        await stack.enter_async_context(ACM("inner"))
        raise ValueError("boom")
    print("suppressed:", log)
    log.clear()

    # pop_all and aclose
    async with AsyncExitStack() as stack:
        stack.push_async_callback(closer, "moved")
        moved = stack.pop_all()
        print(type(moved).__name__)
    print("before aclose:", log)
    await moved.aclose()
    print("after aclose:", log)
    log.clear()

    # not an async context manager
    try:
        await AsyncExitStack().enter_async_context(SyncCM())
    except TypeError as e:
        print("TypeError:", e)
    try:
        AsyncExitStack().enter_context(ACM("x"))
    except TypeError as e:
        print("TypeError:", e)

    # the sync close path is not available, but aclose with nothing is fine
    s = AsyncExitStack()
    print(await s.__aenter__() is s, await s.__aexit__(None, None, None))

    class Conn(AbstractAsyncContextManager):
        async def __aexit__(self, *exc):
            print("Conn aexit", exc[0])

    async with Conn() as c:
        print("conn is self:", isinstance(c, Conn))

    # tasks each with their own stack
    async def worker(n):
        async with AsyncExitStack() as stack:
            for i in range(n):
                await stack.enter_async_context(resource(f"w{n}.{i}"))
            await asyncio.sleep(0.01 * n)
        return n

    print(await asyncio.gather(worker(1), worker(2)))
    print(sorted(log))


asyncio.run(main())
