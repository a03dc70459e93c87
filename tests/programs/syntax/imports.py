import asyncio
import time
import sys
from asyncio import sleep, run
from asyncio import sleep as nap
import asyncio as aio

print(type(asyncio).__name__, type(time).__name__, type(sys).__name__)
print(asyncio.sleep is sleep, nap is sleep, aio is asyncio, run is asyncio.run)

async def main():
    await nap(0)
    return "ran"

print(run(main()))
print(callable(time.time), callable(time.monotonic), callable(time.perf_counter))
