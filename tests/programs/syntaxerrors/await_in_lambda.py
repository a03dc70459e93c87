import asyncio

async def main():
    f = lambda: await asyncio.sleep(0)
    return f
