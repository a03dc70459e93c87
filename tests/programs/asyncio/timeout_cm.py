import asyncio


async def main():
    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(0.5)
    print("expired:", cm.expired())
    try:
        async with asyncio.timeout(1.0) as cm:
            await asyncio.sleep(5)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__)
    print("expired:", cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        print(cm.when(), repr(cm))
        await asyncio.sleep(0.5)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(50) as cm:
            cm.reschedule(loop.time() + 0.5)
            await asyncio.sleep(5)
    except TimeoutError:
        print("rescheduled timeout fired")
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("deadline in the past")
    try:
        async with asyncio.timeout(0.5):
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                print("inner saw CancelledError")
                raise
    except TimeoutError:
        print("outer saw TimeoutError")
    t = asyncio.timeout(5)
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with asyncio.timeout(5) as outer:
        try:
            async with asyncio.timeout(0.5):
                await asyncio.sleep(2.5)
        except TimeoutError:
            print("inner timeout, outer expired:", outer.expired())
    async with asyncio.timeout(0.5):
        await asyncio.sleep(2.5)


asyncio.run(main())
