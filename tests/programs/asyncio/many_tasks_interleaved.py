import asyncio


async def ticker(name, period, count):
    for i in range(count):
        await asyncio.sleep(period)
        print(f"{name}: tick {i}")
    return f"{name} finished"


async def main():
    results = await asyncio.gather(
        ticker("fast", 0.5, 5),
        ticker("medium", 1.25, 2),
        ticker("slow", 2.5, 1),
        ticker("same", 0.5, 3),
    )
    for r in results:
        print(r)


asyncio.run(main())
