import asyncio
import functools
from functools import wraps, partial, reduce, update_wrapper


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a: int, b: int = 1) -> int:
    """Add two numbers."""
    return a + b


print(add(2, 3))
print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__annotations__)
print(add.__wrapped__(10, 20))
print(add.__wrapped__.__name__)


def timed(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        print("start", func.__name__)
        result = await func(*args, **kwargs)
        print("end", func.__name__)
        return result
    return wrapper


@timed
async def fetch(n):
    """Fetch n."""
    await asyncio.sleep(0.01)
    return n * 2


print(fetch.__name__, fetch.__doc__)
print(asyncio.run(fetch(21)))


class Outer:
    def method(self):
        "method doc"
        return 1


def plain():
    pass


plain.attr = "copied"
def other():
    pass
update_wrapper(other, plain)
print(other.__name__, other.attr, other.__wrapped__ is plain)
update_wrapper(other, Outer.method)
print(other.__qualname__, other.__doc__)

# wraps with a class-based decorator
class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)


@CountCalls
def hello(name):
    "Say hello."
    return f"hello {name}"


print(hello("a"), hello("b"), hello.calls, hello.__name__, hello.__doc__)

# partial
def power(base, exp, *, mod=None):
    r = base ** exp
    return r if mod is None else r % mod


square = partial(power, exp=2)
print(square(7), square(7, mod=5), square(3, exp=3))
two_to = partial(power, 2)
print(two_to(10), two_to.func is power, two_to.args, two_to.keywords)
nested = partial(partial(power, 3), mod=7)
print(nested(4), nested.args, nested.keywords, nested.func is power)
print(repr(partial(max, 1, 2, key=abs)))
print(repr(partial(print)))
print(type(square).__name__, callable(square))
print(list(map(partial(power, exp=3), [1, 2, 3])))
try:
    partial(3)
except TypeError as e:
    print("TypeError:", e)


async def greet(name, delay, punct="!"):
    await asyncio.sleep(delay)
    return f"hi {name}{punct}"


async def main():
    g = partial(greet, delay=0.01)
    print(await g("x"))
    print(await asyncio.gather(*[g(n, punct="?") for n in "ab"]))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(partial(fut.set_result, "done"))
    print(await fut)

asyncio.run(main())

# reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda a, b: a + b, [], 10))
print(reduce(lambda a, b: a + [b], "abc", []))
print(reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
try:
    reduce(lambda a, b: a + b, 5)
except TypeError as e:
    print("TypeError:", e)
