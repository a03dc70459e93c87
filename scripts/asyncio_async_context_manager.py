# An asynchronous context manager class: __aenter__ and __aexit__ are
# coroutines, so opening and closing can await. __aexit__ receives the
# exception raised in the body (if any); returning True suppresses it.
import asyncio


class Connection:
    opened = 0

    def __init__(self, host, suppress=(), latency=0.1):
        self.host = host
        self.latency = latency
        self.suppress = suppress
        self.log = []

    async def __aenter__(self):
        print(f"[{self.host}] connecting...")
        await asyncio.sleep(self.latency)
        Connection.opened += 1
        print(f"[{self.host}] connected ({Connection.opened} open)")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        name = exc_type.__name__ if exc_type else None
        print(f"[{self.host}] closing (exception: {name})")
        await asyncio.sleep(0.05)
        Connection.opened -= 1
        if exc_type is not None and issubclass(exc_type, self.suppress):
            print(f"[{self.host}] suppressed {exc!r}, traceback object: {tb is not None}")
            return True
        return False

    async def send(self, message):
        await asyncio.sleep(0.05)
        if message == "":
            raise ValueError("empty message")
        self.log.append(message)
        return len(message)


async def session(host, messages, suppress=(), latency=0.1):
    async with Connection(host, suppress, latency) as conn:
        for m in messages:
            n = await conn.send(m)
            print(f"[{host}] sent {m!r} ({n} bytes)")
    print(f"[{host}] after the block, log = {conn.log}")
    return conn.log


async def main():
    print("-- a clean session")
    await session("alpha", ["hello", "bye"])

    print("-- an error inside the block is suppressed by __aexit__")
    await session("beta", ["ping", "", "never sent"], suppress=(ValueError,))

    print("-- an error that is not suppressed propagates after cleanup")
    try:
        await session("gamma", ["x", ""], suppress=(KeyError,))
    except ValueError as exc:
        print(f"main caught {exc!r}; connections open: {Connection.opened}")

    print("-- two sessions interleaved")
    logs = await asyncio.gather(session("delta", ["a", "b", "c"]), session("eps", ["1", "2"], latency=0.125))
    print("logs:", logs, "open:", Connection.opened)

    print("-- the protocol is checked when the block is entered")
    try:
        async with object():
            pass
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
