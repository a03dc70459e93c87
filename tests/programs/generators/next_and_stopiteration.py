def two():
    yield 1
    yield 2

g = two()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
print(next(g, "exhausted"))
print(list(g))
