import asyncio

async def dive(n):
    return await dive(n + 1)

async def main():
    try:
        await dive(0)
    except RecursionError as e:
        print("RecursionError:", e)

asyncio.run(main())
