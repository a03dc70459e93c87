import asyncio
from typing import Dict, List


class Broker:
    def __init__(self):
        self.topics: Dict[str, List[asyncio.Queue]] = {}

    def subscribe(self, topic):
        q = asyncio.Queue()
        self.topics.setdefault(topic, []).append(q)
        return q

    async def publish(self, topic, message):
        subs = self.topics.get(topic, [])
        for q in subs:
            await q.put(message)
        return len(subs)


async def listener(name, queue):
    received = []
    while True:
        msg = await queue.get()
        if msg is None:
            break
        received.append(msg)
        print(f"[{name}] got {msg!r}")
    return name, received


async def main():
    broker = Broker()
    tasks = [
        asyncio.create_task(listener("alice", broker.subscribe("news"))),
        asyncio.create_task(listener("bob", broker.subscribe("news"))),
        asyncio.create_task(listener("carol", broker.subscribe("sports"))),
    ]
    n = await broker.publish("news", "hello")
    print("delivered to", n)
    await asyncio.sleep(0)
    n = await broker.publish("sports", {"score": (3, 1)})
    print("delivered to", n)
    n = await broker.publish("weather", "rain")
    print("delivered to", n)
    for topic in broker.topics:
        for q in broker.topics[topic]:
            await q.put(None)
    results = await asyncio.gather(*tasks)
    summary = {name: len(msgs) for name, msgs in results}
    print(summary)


asyncio.run(main())
