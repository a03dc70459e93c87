import asyncio

async def work():
    return 1

def main():
    result = await work()
    return result

print("never printed")
