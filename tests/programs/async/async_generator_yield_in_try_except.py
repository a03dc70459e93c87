import asyncio

async def careful(values):
    for v in values:
        try:
            yield 10 // v
        except ZeroDivisionError:
            yield "div by zero"

async def main():
    try:
        print([x async for x in careful([1, 2, 0, 5])])
    except ZeroDivisionError as e:
        print("escaped:", e)

asyncio.run(main())
