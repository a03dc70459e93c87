def f(a, b, c=0, *rest, **kw):
    return (a, b, c, rest, kw)

args = [1, 2]
kwargs = {"c": 3, "d": 4}
print(f(*args))
print(f(*args, **kwargs))
print(f(*[1, 2, 3, 4, 5]))
print(f(0, *[1], **{"z": 9}))
print(f(*"ab", *[7], **{"x": 1}, **{"y": 2}))
print(max(*[3, 1, 4]))
print(f(1, *(), b=2))
