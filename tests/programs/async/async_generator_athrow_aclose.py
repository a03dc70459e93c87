import asyncio

async def guarded():
    try:
        while True:
            try:
                yield "value"
            except ValueError as e:
                print("caught inside:", e)
                yield "after error"
    finally:
        print("agen cleanup")

async def main():
    g = guarded()
    print(await anext(g))
    print(await g.athrow(ValueError("injected")))
    print(await anext(g))
    await g.aclose()
    print(await anext(g, "closed"))

asyncio.run(main())
