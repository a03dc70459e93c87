# query_large_table() of "Python Async Iterators - Core Concepts", made
# runnable: a fake connection whose cursor() is an async iterator of rows
# stands in for the database driver.
import asyncio


class FakeCursor:
    """An async iterator over the rows of a query result."""

    def __init__(self, rows):
        self.rows = rows
        self.index = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.index >= len(self.rows):
            raise StopAsyncIteration
        await asyncio.sleep(0.05)  # the next row arrives from the server
        row = self.rows[self.index]
        self.index += 1
        return row


class FakeConnection:
    def __init__(self, rows):
        self.rows = rows

    def cursor(self, query):
        print(f"executing: {query}")
        return FakeCursor(self.rows)


def transform(row):
    row_id, name, score = row
    return {"id": row_id, "name": name.upper(), "passed": score >= 50}


async def query_large_table(conn):
    async for row in conn.cursor("SELECT * FROM huge_table"):
        yield transform(row)


async def main():
    conn = FakeConnection([(1, "ada", 91), (2, "bob", 42), (3, "cy", 50), (4, "di", 7)])
    count = 0
    async for record in query_large_table(conn):
        count += 1
        print(record)
    print(f"{count} rows processed one at a time")


asyncio.run(main())
