import asyncio

async def main():
# only a comment here
asyncio.run(main())
