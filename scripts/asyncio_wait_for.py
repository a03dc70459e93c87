# asyncio.wait_for puts a deadline on an awaitable. When the deadline
# passes, the awaited task is cancelled (it sees CancelledError and can
# clean up) and wait_for raises TimeoutError, which in 3.11 is the builtin
# TimeoutError. shield() keeps the inner task running past the timeout.
import asyncio


async def query(name, seconds):
    print(f"  {name}: started, needs {seconds}s")
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"  {name}: cancelled, rolling back")
        raise
    finally:
        print(f"  {name}: connection closed")
    return f"{name} rows"


async def with_retries(name, timeouts, seconds):
    for attempt, timeout in enumerate(timeouts, 1):
        try:
            result = await asyncio.wait_for(query(f"{name}#{attempt}", seconds), timeout)
        except TimeoutError:
            print(f"  attempt {attempt} timed out after {timeout}s")
        else:
            print(f"  attempt {attempt} succeeded: {result}")
            return result
    return None


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()

    def now():
        return round(loop.time() - start, 1)

    print("1. a query that finishes in time")
    print("  ->", await asyncio.wait_for(query("fast", 0.1), timeout=0.5), "at", now())

    print("2. a query that takes too long")
    try:
        await asyncio.wait_for(query("slow", 2), timeout=0.3)
    except asyncio.TimeoutError as exc:
        print(f"  caught {type(exc).__name__} at {now()}, builtin: {exc.__class__ is TimeoutError}")
        print("  args:", exc.args, "context:", type(exc.__context__).__name__)

    print("3. retrying with longer timeouts")
    print("  ->", await with_retries("report", [0.2, 0.4, 0.8], 0.6), "at", now())

    print("4. shielded: the timeout does not cancel the task itself")
    task = asyncio.create_task(query("backup", 0.5))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.2)
    except TimeoutError:
        print(f"  gave up waiting at {now()}, task done: {task.done()}")
    print("  backup finished anyway:", await task, "at", now())

    print("5. timeout=None waits as long as it takes")
    print("  ->", await asyncio.wait_for(query("patient", 0.28), None), "at", now())


asyncio.run(main())
