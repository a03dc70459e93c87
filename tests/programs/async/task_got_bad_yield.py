import asyncio

class Bad:
    def __await__(self):
        yield 42

async def main():
    try:
        await Bad()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
