import asyncio

async def may_fail(n):
    await asyncio.sleep(0)
    if n % 2:
        raise KeyError(n)
    return n

async def main():
    for n in range(4):
        try:
            print("ok", await may_fail(n))
        except KeyError as e:
            print("failed", repr(e))
        finally:
            print("finally", n)

asyncio.run(main())
