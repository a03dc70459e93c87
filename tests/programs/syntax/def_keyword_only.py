def f(a, *, key, flag=False):
    return (a, key, flag)

print(f(1, key=2))
print(f(1, flag=True, key="k"))

def g(*args, sep="-"):
    return sep.join(str(a) for a in args)

print(g(1, 2, 3))
print(g(1, 2, 3, sep="+"))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
