def inner():
    yield 1
    yield 2
    return "inner done"

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from [10, 20]
    yield from "ab"
    yield from range(2)
    return "outer done"

g = outer()
print(list(g))
def delegate_twice():
    a = yield from inner()
    b = yield from inner()
    return (a, b)
try:
    d = delegate_twice()
    while True:
        print(next(d))
except StopIteration as e:
    print(e.value)
