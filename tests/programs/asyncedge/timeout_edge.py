import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.5) as cm:
        await asyncio.sleep(0.1)
    print("expired?", cm.expired())
    try:
        async with asyncio.timeout(0.1) as cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("TimeoutError", type(e).__name__, cm.expired(), repr(e.__cause__)[:30] if e.__cause__ else None)
    try:
        async with asyncio.timeout(0.5) as outer:
            try:
                async with asyncio.timeout(0.1) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner expired", inner.expired(), outer.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer expired", outer.expired())
    try:
        async with asyncio.timeout(None) as cm:
            print("when", cm.when())
            cm.reschedule(loop.time() + 0.2)
            await asyncio.sleep(0.1)
            cm.reschedule(loop.time() + 0.1)
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("rescheduled expiry", cm.expired())
    async with asyncio.timeout_at(loop.time() - 1) as cm:
        pass
    print("past deadline, no await:", cm.expired())
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(0)
    except TimeoutError:
        print("zero timeout expires at first await")
    try:
        async with asyncio.timeout(0.1):
            try:
                await asyncio.sleep(1)
            finally:
                print("finally in timed body")
    except TimeoutError:
        print("done")

asyncio.run(main())
