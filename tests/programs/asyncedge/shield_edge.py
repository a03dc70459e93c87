import asyncio

async def inner():
    try:
        await asyncio.sleep(0.2)
        print("inner finished")
        return "inner result"
    except asyncio.CancelledError:
        print("inner cancelled")
        raise

async def main():
    t = asyncio.create_task(inner())
    outer = asyncio.create_task(asyncio.wait_for(asyncio.shield(t), 0.05)) 
    try:
        await outer
    except asyncio.TimeoutError:
        print("outer timed out; inner done?", t.done())
    print(await t)
    t2 = asyncio.create_task(inner())
    s = asyncio.shield(t2)
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("shield future cancelled, t2 cancelled?", t2.cancelled())
    print(await t2)
    t3 = asyncio.create_task(inner())
    s3 = asyncio.shield(t3)
    await asyncio.sleep(0.05)
    t3.cancel()
    try:
        await s3
    except asyncio.CancelledError:
        print("inner cancel propagates through shield", s3.cancelled())

asyncio.run(main())
