def gen():
    x = yield
    print("x =", x)
    y = (yield x) + 1
    print("y =", y)
    z = yield
    print("z =", z)

g = gen()
print(next(g))
print(g.send("first"))
print(g.send(41))
try:
    g.send("last")
except StopIteration:
    print("finished")
