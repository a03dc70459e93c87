def inner():
    try:
        v = yield "inner ready"
        print("inner received", v)
        v = yield "inner again"
        print("inner received", v)
    except KeyError as e:
        print("inner caught", repr(e))
        yield "inner handled"
    return "inner result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer last"

o = outer()
print(next(o))
print(o.send(1))
print(o.throw(KeyError("k")))
print(next(o))
