import asyncio
import functools
from functools import lru_cache, cache, total_ordering, cached_property, cmp_to_key

calls = []


@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), len(calls))
print(fib.cache_info())
print(fib.__name__, fib.__wrapped__.__name__)
fib.cache_clear()
print(fib.cache_info())
hits, misses, maxsize, currsize = fib.cache_info()
print(hits, misses, maxsize, currsize, fib.cache_info().misses)


@lru_cache
def square(x):
    print("computing", x)
    return x * x


print(square(3), square(3), square(4))
print(square.cache_info())


@lru_cache(maxsize=2)
def ident(x):
    print("miss", x)
    return x


for v in [1, 2, 1, 3, 2, 1]:
    ident(v)
print(ident.cache_info())


@cache
def kw(a, b=0, *, c=0):
    print("kw miss", a, b, c)
    return a + b + c


print(kw(1), kw(1, 2), kw(1, b=2), kw(1, c=3), kw(1, c=3), kw(1))
print(kw.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())


class Repo:
    def __init__(self, name):
        self.name = name
        self.loads = 0

    @lru_cache(maxsize=None)
    def load(self, key):
        self.loads += 1
        return f"{self.name}:{key}"

    @cached_property
    def expensive(self):
        print("computing expensive")
        return len(self.name) * 10


r = Repo("db")
print(r.load("a"), r.load("a"), r.load("b"), r.loads)
print(r.expensive, r.expensive, r.__dict__["expensive"])
del r.expensive
print(r.expensive)


# Caching the result of an async computation (a task shared by callers).
@lru_cache(maxsize=None)
def get_task(n):
    async def work():
        print("working", n)
        await asyncio.sleep(0.01)
        return n * 100
    return asyncio.ensure_future(work())


async def main():
    a = await get_task(1)
    b = await get_task(1)
    print(a, b, get_task.cache_info().hits)

asyncio.run(main())


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"V{self.major}.{self.minor}"


a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a <= b, a > b, a >= b, a <= c, a >= c, a > c)
print(sorted([Version(2, 0), b, a]), max(a, b))
try:
    a >= 3
except TypeError as e:
    print("TypeError:", e)


@total_ordering
class Rank:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __ge__(self, other):
        return self.n >= other.n


print(Rank(1) < Rank(2), Rank(1) <= Rank(1), Rank(3) > Rank(2), Rank(1) > Rank(1))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)


def by_length(x, y):
    return len(x) - len(y)


print(sorted(["ccc", "a", "bb"], key=cmp_to_key(by_length)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)))
