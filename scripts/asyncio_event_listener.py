# The event_listener(queue) pattern of "Python Async Iterators - Core
# Concepts" with a real asyncio.Queue: producer tasks put events while an
# async generator reads the queue until it gets None, and `async for`
# consumes the stream. A second listener shows the stream can be filtered
# and stopped early (aclose runs the generator's finally).
import asyncio


async def event_listener(queue):
    received = 0
    try:
        while True:
            event = await queue.get()
            if event is None:
                break
            received += 1
            yield event
    finally:
        print(f"  listener: closed after {received} event(s)")


async def sensor(queue, name, readings, period):
    for value in readings:
        await asyncio.sleep(period)
        await queue.put((name, value))
    print(f"  {name}: no more readings")


async def run_sensors(queue):
    await asyncio.gather(
        sensor(queue, "temp", [21.5, 22.0, 22.4], 0.3),
        sensor(queue, "humidity", [40, 42], 0.4),
        sensor(queue, "door", ["open", "closed"], 0.5),
    )
    await queue.put(None)  # end of stream


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()

    print("1. listening to every event")
    queue = asyncio.Queue()
    producers = asyncio.create_task(run_sensors(queue))
    async for name, value in event_listener(queue):
        print(f"  t={round(loop.time() - start, 1)} {name}: {value}")
    await producers
    print(f"  queue empty: {queue.empty()}")

    print("2. filtering, and stopping early")
    queue = asyncio.Queue()
    for item in [("door", "open"), ("temp", 30.1), ("door", "closed"), ("temp", 31.7), ("temp", 33.0), None]:
        queue.put_nowait(item)
    alerts = event_listener(queue)
    async for name, value in alerts:
        if name == "temp" and value > 31:
            print(f"  alert: {name} reached {value}, stopping")
            break
        print(f"  ignoring {name}={value}")
    await alerts.aclose()
    print(f"  {queue.qsize()} event(s) left unread")

    print("3. an async comprehension over the listener")
    queue = asyncio.Queue()
    for word in ["alpha", "beta", "gamma", None]:
        queue.put_nowait(word)
    print("  ", [w.upper() async for w in event_listener(queue)])


asyncio.run(main())
