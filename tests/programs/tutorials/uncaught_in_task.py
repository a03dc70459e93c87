import asyncio


class ParseError(Exception):
    pass


def parse_record(raw):
    key, _, value = raw.partition(":")
    if not value:
        raise ParseError(f"missing value in {raw!r}")
    return key, int(value)


async def load(records):
    out = {}
    for raw in records:
        await asyncio.sleep(0.01)
        k, v = parse_record(raw)
        out[k] = v
    return out


async def main():
    good = await load(["a:1", "b:2"])
    print("loaded", good)
    try:
        await load(["c:3", "d"])
    except ParseError as e:
        print("ParseError:", e)
    try:
        await load(["e:x"])
    except ValueError as e:
        print("ValueError:", e)
    print("now failing for real")
    await load(["f:6", "g:"])


asyncio.run(main())
