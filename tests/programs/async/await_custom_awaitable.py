import asyncio

class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        print("__await__ called")
        return iter([])

class Later:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        yield from asyncio.sleep(0.1).__await__()
        return self.value * 2

async def main():
    r = await Ready(1)
    print("Ready gives", r)
    print("Later gives", await Later(21))

asyncio.run(main())
