import asyncio
from contextlib import asynccontextmanager


class Connection:
    opened = 0

    def __init__(self, dsn):
        self.dsn = dsn
        self.open = False
        self.log = []

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        self.open = True
        Connection.opened += 1
        print(f"connect {self.dsn}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        self.open = False
        print(f"close {self.dsn} (error={exc_type.__name__ if exc_type else None})")
        return exc_type is KeyError

    async def query(self, sql):
        if not self.open:
            raise RuntimeError("connection closed")
        await asyncio.sleep(0.005)
        self.log.append(sql)
        if "missing" in sql:
            raise KeyError(sql)
        if "boom" in sql:
            raise ValueError("syntax error near 'boom'")
        return [len(sql)]


@asynccontextmanager
async def transaction(conn):
    print("BEGIN")
    try:
        yield conn
    except Exception as e:
        print(f"ROLLBACK because {e!r}")
        raise
    else:
        print("COMMIT")


async def main():
    async with Connection("db://one") as conn:
        async with transaction(conn):
            print(await conn.query("select 1"))
    async with Connection("db://two") as conn:
        await conn.query("select missing")
        print("not reached")
    print("KeyError suppressed")
    try:
        async with Connection("db://three") as conn:
            async with transaction(conn):
                await conn.query("boom")
    except ValueError as e:
        print("caught:", e)
    try:
        await conn.query("after close")
    except RuntimeError as e:
        print("caught:", e)
    print("opened", Connection.opened, "log", conn.log)


asyncio.run(main())
