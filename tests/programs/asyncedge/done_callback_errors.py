import asyncio

def bad_cb(fut):
    raise ValueError("cb failure")

def good_cb(fut):
    print("good cb", fut.result())

async def work():
    await asyncio.sleep(0.001)
    return 7

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(work(), name="worker")
    t.add_done_callback(bad_cb)
    t.add_done_callback(good_cb)
    print(await t)
    await asyncio.sleep(0)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    print("after call_soon error")
    def handler(loop, context):
        print("handler:", context["message"].split(" at ")[0], repr(context.get("exception")))
    loop.set_exception_handler(handler)
    loop.call_soon(bad_cb, None)
    await asyncio.sleep(0)
    f = loop.create_future()
    f.add_done_callback(bad_cb)
    f.set_result(None)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    print("end")

asyncio.run(main())
