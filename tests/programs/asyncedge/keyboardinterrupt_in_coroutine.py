import asyncio

async def raiser():
    await asyncio.sleep(0.1)
    raise KeyboardInterrupt

async def other():
    try:
        await asyncio.sleep(1)
    finally:
        print("other finally")

async def main():
    asyncio.create_task(other())
    try:
        await raiser()
    finally:
        print("main finally")

asyncio.run(main())
