import sys


class CallCounter:
    def __init__(self, func):
        self.func = func
        self.calls = 0
        self.__name__ = func.__name__
        self.__doc__ = func.__doc__

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

    def __repr__(self):
        return f"<CallCounter {self.__name__} calls={self.calls}>"


@CallCounter
def fib(n):
    """Naive fibonacci."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Memo:
    def __init__(self):
        self.cache = {}
        self.hits = 0

    def __call__(self, func):
        def wrapper(*args):
            if args in self.cache:
                self.hits += 1
                return self.cache[args]
            result = self.cache[args] = func(*args)
            return result
        wrapper.__name__ = func.__name__
        wrapper.__wrapped__ = func
        return wrapper


memo = Memo()


@memo
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(fib(15), fib, fib.__doc__)
print(callable(fib), callable(memo), callable(42))
print(ways(100, (50, 25, 10, 5, 1)), "hits:", memo.hits, "cached:", len(memo.cache))
print(ways.__name__, ways.__wrapped__.__name__)
print("recursion limit positive:", sys.getrecursionlimit() > 100)


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n


print(list(map(Adder(10), [1, 2, 3])), sorted([3, 1, 2], key=Adder(-1)))
