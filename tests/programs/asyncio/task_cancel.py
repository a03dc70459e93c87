import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("stubborn caught", repr(e))
        return "survived"


async def obedient():
    try:
        await asyncio.sleep(10)
    finally:
        print("obedient cleanup")


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print(t.cancel("stop"), t.cancelling())
    print(await t, t.cancelled(), t.cancelling())
    o = asyncio.create_task(obedient())
    await asyncio.sleep(0)
    o.cancel()
    o.cancel()
    print("cancelling", o.cancelling())
    try:
        await o
    except asyncio.CancelledError as e:
        print("awaiting o raised", repr(e))
    print(o.cancelled(), o.done(), o.cancel())
    early = asyncio.create_task(obedient())
    early.cancel()
    try:
        await early
    except asyncio.CancelledError:
        print("cancelled before it started")
    print(early.uncancel(), early.uncancel())
    try:
        o.result()
    except asyncio.CancelledError as e:
        print("result raises", repr(e))


asyncio.run(main())
