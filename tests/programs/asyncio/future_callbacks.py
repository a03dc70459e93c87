import asyncio


def report(fut):
    print("report:", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(report)
    fut.add_done_callback(lambda f: print("lambda sees", f.result()))
    fut.add_done_callback(print)
    print(fut.remove_done_callback(print))
    print(fut.remove_done_callback(print))
    loop.call_later(0.1, fut.set_result, "value")
    print("waiting")
    print("awaited:", await fut)
    print("after await")
    late = loop.create_future()
    late.set_result(1)
    late.add_done_callback(report)
    print("added to a done future")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
