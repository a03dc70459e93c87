import asyncio

class Client:
    async def send(self, msg):
        print("sending", msg)

async def main():
    c = Client()
    c.send("lost")
    await c.send("delivered")

asyncio.run(main())
