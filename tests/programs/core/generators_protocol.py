def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            if v is None:
                break
            received.append(v)
    except GeneratorExit:
        print("GeneratorExit seen", received)
        raise
    finally:
        print("finally", received)
    return received
g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()
print(g.close())
g2 = echo()
next(g2); g2.send(1)
try:
    g2.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)
def thrower():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            print("handled", e)
            yield "recovered"
t = thrower()
print(next(t), t.throw(ValueError("bad")), next(t))
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(t, "exhausted"))
def inner():
    x = yield 1
    y = yield x * 10
    return x + y
def outer():
    r = yield from inner()
    print("inner returned", r)
    r2 = yield from [7, 8]
    return r, r2
o = outer()
print(next(o), o.send(2), end=" ")
try:
    o.send(3)
    print(next(o))
    next(o)
except StopIteration as e:
    print("outer result", e.value)
gen = (i * i for i in range(4))
print(sum(gen), sum(gen), list(x for x in "ab"))
try:
    g3 = echo()
    g3.send(5)
except TypeError as e:
    print("TypeError:", e)
def bad():
    yield 1
    raise StopIteration("x")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, "|", repr(e.__cause__))
def running():
    yield g4.send(None)
g4 = running()
try:
    next(g4)
except ValueError as e:
    print("ValueError:", e)
def closer():
    try:
        yield 1
    finally:
        yield 2
c = closer(); next(c)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
