import asyncio

async def main():
    return 1

for bad in [1, None, "main"]:
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError:", e)
print(asyncio.run(main()))
