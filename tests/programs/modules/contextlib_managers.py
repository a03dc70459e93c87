import asyncio
from contextlib import asynccontextmanager, contextmanager, suppress, nullcontext

@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")

with tag("b") as t:
    print("inside", t)

with suppress(KeyError):
    {}["missing"]
print("suppressed")

try:
    with tag("x"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)

@asynccontextmanager
async def connection(name):
    print("open", name)
    await asyncio.sleep(0.1)
    try:
        yield {"name": name}
    finally:
        await asyncio.sleep(0.1)
        print("close", name)

async def main():
    async with connection("db") as conn:
        print("using", conn["name"])
    try:
        async with connection("db2"):
            raise RuntimeError("failed inside")
    except RuntimeError as e:
        print("caught", e)
    async with nullcontext(5) as v:
        print("null", v)
    print(connection.__name__)

asyncio.run(main())
