import asyncio

async def job(n, fail=False):
    await asyncio.sleep(0.05 * n)
    if fail:
        raise ValueError(n)
    return n

async def main():
    ts = [asyncio.create_task(job(n, n == 2), name=f"j{n}") for n in (3, 1, 2, 4)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, timeout=0.075)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), len(pending))
    for f in asyncio.as_completed([job(3), job(1), job(2)]):
        print("as_completed", await f)
    try:
        for f in asyncio.as_completed([job(5), job(1)], timeout=0.15):
            print("got", await f)
    except asyncio.TimeoutError:
        print("as_completed timeout")
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait([job(1)])
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0.5)

asyncio.run(main())
