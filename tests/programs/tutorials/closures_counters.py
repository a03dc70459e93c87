def make_counter(start=0, step=1):
    count = start

    def counter():
        nonlocal count
        current = count
        count += step
        return current

    def reset():
        nonlocal count
        count = start

    counter.reset = reset
    return counter


c = make_counter(10, 5)
print(c(), c(), c())
c.reset()
print(c(), c.__name__)

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])


def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]


print([m(10) for m in make_multipliers()])


def accumulator():
    total = []

    def add(x):
        total.append(x)
        return sum(total)

    return add


acc = accumulator()
print(acc(1), acc(2), acc(10))
print(acc.__closure__ is not None, len(acc.__closure__) if acc.__closure__ else 0)


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))


def partial(func, *bound, **kwbound):
    def wrapper(*args, **kwargs):
        return func(*bound, *args, **{**kwbound, **kwargs})
    return wrapper


def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
print(square(7), partial(power, 2)(10), partial(power, mod=7)(3, 4))

counter = 0


def bump():
    global counter
    counter += 1
    return counter


print(bump(), bump(), counter)


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner()
    x = "changed"
    return middle()


print(outer())


def once(func):
    done = False
    result = None

    def wrapper(*a):
        nonlocal done, result
        if not done:
            result = func(*a)
            done = True
        return result
    return wrapper


@once
def init(name):
    print("initialising", name)
    return name.upper()


print(init("db"), init("cache"))
