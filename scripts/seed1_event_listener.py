# event_listener(queue) of "Python Async Iterators - Core Concepts", made
# runnable: a small queue stand-in whose get() is a coroutine that waits a
# moment and returns the next event; None ends the stream.
import asyncio


class FakeQueue:
    def __init__(self, items):
        self.items = list(items)

    async def get(self):
        await asyncio.sleep(0.1)  # wait for the next event to arrive
        return self.items.pop(0)


async def event_listener(queue):
    while True:
        event = await queue.get()
        if event is None:
            break
        yield event


async def main():
    queue = FakeQueue(["connected", "message: hello", "message: bye", "disconnected", None, "never seen"])
    async for event in event_listener(queue):
        print(f"event: {event}")
    print(f"listener finished, {len(queue.items)} item(s) left in the queue")


asyncio.run(main())
