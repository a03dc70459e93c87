import asyncio
import sys

FILES = {"a.bin": 5, "b.bin": 3, "c.bin": 8, "d.bin": 2, "e.bin": 4}


class Progress:
    def __init__(self, total):
        self.total = total
        self.done = 0
        self.active = 0
        self.peak = 0

    def start(self):
        self.active += 1
        self.peak = max(self.peak, self.active)

    def finish(self, chunks):
        self.active -= 1
        self.done += chunks
        pct = self.done / self.total
        bar = "#" * int(pct * 20)
        print(f"[{bar:<20}] {pct:>6.1%}")


async def download(name, chunks, sem, progress):
    async with sem:
        progress.start()
        for _ in range(chunks):
            await asyncio.sleep(0.05)
        progress.finish(chunks)
        print(f"  {name}: {chunks} chunks", file=sys.stderr)
        return chunks


async def main():
    sem = asyncio.Semaphore(2)
    progress = Progress(sum(FILES.values()))
    order = sorted(FILES, key=FILES.get)
    results = await asyncio.gather(*(download(n, FILES[n], sem, progress) for n in order))
    print("results:", results, "peak concurrency:", progress.peak)
    bsem = asyncio.BoundedSemaphore(1)
    async with bsem:
        print("locked:", bsem.locked())
    try:
        bsem.release()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
