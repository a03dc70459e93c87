import asyncio

async def stream():
    try:
        for i in range(10):
            yield i
    finally:
        print("finally: flushing")
        await asyncio.sleep(0.1)
        print("finally: flushed")

async def main():
    s = stream()
    async for v in s:
        print("got", v)
        if v == 1:
            break
    print("loop broken, closing explicitly")
    await s.aclose()
    print("closed")

asyncio.run(main())
