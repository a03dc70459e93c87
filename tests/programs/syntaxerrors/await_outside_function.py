import asyncio

async def work():
    return 1

print("never printed")
result = await work()
print(result)
