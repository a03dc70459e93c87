import asyncio

class SyncAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 42

async def main():
    aw = anext(SyncAnext())
    print(aw)
    try:
        await aw
    except TypeError as e:
        print(e)
    try:
        await anext(SyncAnext(), "default")
    except TypeError as e:
        print("with default:", e)

asyncio.run(main())
