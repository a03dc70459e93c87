def make_counter(start=0):
    count = start
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter(5)
inc(); inc(10)
print(get(), inc.__name__, inc.__qualname__)
total = 0
def add_global(v):
    global total
    total += v
    return total
add_global(3); add_global(4)
print(total)
fns = [lambda: i for i in range(3)]
fns2 = [lambda i=i: i for i in range(3)]
print([f() for f in fns], [f() for f in fns2])
def outer():
    x = "outer"
    def mid():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    r = mid()
    return r, x
print(outer())
def lazy():
    y = 1
    g = lambda: y
    y = 2
    return g()
print(lazy())
def unbound():
    print(z)
    z = 1
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def free_unbound():
    def inner():
        return w
    r = None
    try:
        r = inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    w = 3
    return inner()
print(free_unbound())
class K:
    v = 10
    items = [v * 2 for _ in range(2)] if False else None
    def m(self):
        try:
            return v
        except NameError as e:
            return "NameError: " + str(e)
print(K().m())
def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2), defaults(3, []))
def kwonly(a, /, b, *, c=3, **rest):
    return a, b, c, rest
print(kwonly(1, 2), kwonly(1, b=2, c=4, d=5))
try:
    kwonly(a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
def star(*args, **kw):
    return args, kw
print(star(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}))
try:
    star(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
