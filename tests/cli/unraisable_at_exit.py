import asyncio
async def f():
    try:
        await asyncio.sleep(10)
    finally:
        print("f finally")
        raise ValueError("x")
async def g():
    try:
        await asyncio.sleep(10)
    except GeneratorExit:
        print("g caught")
        await asyncio.sleep(1)
loop = asyncio.new_event_loop()
t = loop.create_task(f())
t2 = loop.create_task(g())
loop.run_until_complete(asyncio.sleep(0.01))
loop.close()
print("end")
