import asyncio

async def level3(x):
    await asyncio.sleep(0.001)
    return {"a": 1}[x]

async def level2(x):
    try:
        return await level3(x)
    except KeyError as e:
        raise ValueError("level2 failed") from e

async def level1(x):
    try:
        return await level2(x)
    finally:
        print("level1 finally")

async def main():
    print(await level1("a"))
    t = asyncio.create_task(level1("b"))
    await t

asyncio.run(main())
