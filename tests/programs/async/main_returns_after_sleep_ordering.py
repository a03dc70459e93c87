import asyncio

async def say(msg, delay):
    await asyncio.sleep(delay)
    print(msg)

async def main():
    print("start")
    await say("after 0.3", 0.3)
    await say("after 0.1 more", 0.1)
    await say("immediately", 0)
    print("end")

asyncio.run(main())
print("after asyncio.run")
