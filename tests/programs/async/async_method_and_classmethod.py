import asyncio

class Service:
    def __init__(self, name):
        self.name = name

    async def greet(self, who):
        await asyncio.sleep(0)
        return f"{self.name} greets {who}"

    @classmethod
    async def create(cls, name):
        await asyncio.sleep(0)
        return cls(name)

    @staticmethod
    async def version():
        return "1.0"

async def main():
    s = await Service.create("svc")
    print(await s.greet("you"), await Service.version(), await s.version())

asyncio.run(main())
