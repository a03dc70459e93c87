n = 10
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print([n + i for i in range(3)])
class K:
    base = [1, 2]
    doubled = [v * 2 for v in base]
print(K.doubled)
try:
    print(i)
except NameError as e:
    print(e)
def f():
    y = 5
    return [y * k for k in range(3)]
print(f())
