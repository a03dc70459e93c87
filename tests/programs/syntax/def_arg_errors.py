def f(x):
    return x

def g(a, b=1, *, c):
    return a

def h():
    pass

cases = [
    lambda: f(),
    lambda: f(1, 2),
    lambda: f(y=1),
    lambda: f(1, x=2),
    lambda: g(1, 2, 3, c=4),
    lambda: g(c=1),
    lambda: g(1),
    lambda: h(1),
    lambda: h(k=1),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)
