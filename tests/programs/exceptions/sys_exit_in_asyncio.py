import asyncio
import sys

async def main():
    print("inside the event loop")
    await asyncio.sleep(0)
    sys.exit(2)

asyncio.run(main())
