import asyncio

class Connection:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("connecting", self.name)
        await asyncio.sleep(0.1)
        return self
    async def __aexit__(self, exc_type, exc, tb):
        print("closing", self.name, "error:", exc_type.__name__ if exc_type else None)
        await asyncio.sleep(0)
        return False
    async def query(self, q):
        await asyncio.sleep(0)
        return f"{self.name}:{q}"

async def main():
    async with Connection("db") as conn:
        print(await conn.query("select"))
    try:
        async with Connection("bad") as conn:
            raise ValueError("query failed")
    except ValueError as e:
        print("caught", e)
    async with Connection("a") as a, Connection("b") as b:
        print(a.name, b.name)

asyncio.run(main())
