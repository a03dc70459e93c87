import asyncio


class DownloadError(Exception):
    pass


async def download(name, size, fail=False):
    chunks = 0
    for _ in range(size):
        await asyncio.sleep(0.01)
        chunks += 1
        if fail and chunks == 2:
            raise DownloadError(f"{name}: connection reset after {chunks} chunks")
    print(f"{name}: {chunks} chunks")
    return chunks


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(download("a.txt", 3))
        t2 = tg.create_task(download("b.txt", 1))
    print("all done:", t1.result() + t2.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(download("c.txt", 5))
            tg.create_task(download("d.txt", 4, fail=True))
            tg.create_task(download("e.txt", 1))
    except* DownloadError as eg:
        for exc in eg.exceptions:
            print("failed:", exc)
        print(type(eg).__name__, len(eg.exceptions))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(download("f", 3, fail=True))
            tg.create_task(download("g", 3, fail=True))
    except ExceptionGroup as eg:
        print(eg)
        print(sorted(str(e) for e in eg.exceptions))
        sub = eg.subgroup(lambda e: "f:" in str(e))
        print(repr(sub.exceptions[0]))


asyncio.run(main())
