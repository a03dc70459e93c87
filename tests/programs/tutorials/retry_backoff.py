import asyncio


class TransientError(Exception):
    pass


class PermanentError(Exception):
    pass


def retry(max_attempts=4, base_delay=0.01, exceptions=(TransientError,)):
    def decorator(func):
        async def wrapper(*args, **kwargs):
            delay = base_delay
            for attempt in range(1, max_attempts + 1):
                try:
                    return await func(*args, **kwargs)
                except exceptions as exc:
                    if attempt == max_attempts:
                        print(f"  giving up after {attempt} attempts")
                        raise
                    print(f"  attempt {attempt} failed: {exc!r}; retrying in {delay:.2f}s")
                    await asyncio.sleep(delay)
                    delay *= 2
        wrapper.__name__ = func.__name__
        return wrapper
    return decorator


class FlakyService:
    def __init__(self, fail_times):
        self.fail_times = fail_times
        self.calls = 0

    @retry()
    async def get(self, key):
        self.calls += 1
        await asyncio.sleep(0.001)
        if self.calls <= self.fail_times:
            raise TransientError(f"timeout #{self.calls}")
        if key == "bad":
            raise PermanentError("no such key")
        return key.upper()


async def main():
    for fails, key in [(0, "a"), (2, "b"), (5, "c"), (1, "bad")]:
        svc = FlakyService(fails)
        print(f"{svc.get.__name__}({key!r}) with {fails} failures")
        try:
            result = await svc.get(key)
            print("  ->", result, "calls:", svc.calls)
        except TransientError as e:
            print("  transient:", e)
        except PermanentError as e:
            print("  permanent:", e, type(e).__name__)


asyncio.run(main())
