def leaky():
    yield 1
    raise StopIteration("oops")

try:
    print(list(leaky()))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))
def via_next():
    it = iter([])
    yield next(it)
try:
    list(via_next())
except RuntimeError as e:
    print("RuntimeError:", e)
