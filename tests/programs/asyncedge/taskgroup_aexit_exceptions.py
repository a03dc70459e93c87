import asyncio

class CM:
    def __init__(self, name, fail_exit=False):
        self.name = name
        self.fail_exit = fail_exit
    async def __aenter__(self):
        await asyncio.sleep(0.01)
        print(self.name, "enter")
        return self
    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0.01)
        print(self.name, "exit with", et.__name__ if et else None)
        if self.fail_exit:
            raise OSError(f"{self.name} exit failed")
        return False

async def task(cm):
    async with cm:
        await asyncio.sleep(0.1)
        raise ValueError(cm.name)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(task(CM("a", fail_exit=True)))
            tg.create_task(task(CM("b")))
    except* OSError as eg:
        print("OSError part", [str(e) for e in eg.exceptions], repr(eg.exceptions[0].__context__))
    except* ValueError as eg:
        print("ValueError part", [str(e) for e in eg.exceptions])
    try:
        async with CM("outer", fail_exit=True):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(task(CM("c")))
    except OSError as e:
        print("outer:", e, "| context:", type(e.__context__).__name__)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(task(CM("d")))
    except ExceptionGroup as eg:
        print(eg.message, len(eg.exceptions), eg.exceptions[0].args)

asyncio.run(main())
