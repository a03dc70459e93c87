d = {}
def f(k):
    return d[k]
print(f.__name__)
try:
    f((1, 2))
except KeyError as e:
    print(repr(e), str(e), e.args)
f(("", 3))
