import asyncio


async def child(n):
    me = asyncio.current_task()
    print("child", n, me.get_name())
    await asyncio.sleep(0.5 * n)


async def main():
    print(asyncio.current_task().get_name())
    tasks = [asyncio.create_task(child(i)) for i in range(3)]
    print(len(asyncio.all_tasks()))
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.sleep(0.75)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*tasks)
    print([t.get_name() for t in asyncio.all_tasks()])
    print(asyncio.current_task() in asyncio.all_tasks())


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
