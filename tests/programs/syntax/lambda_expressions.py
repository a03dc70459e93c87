square = lambda x: x * x
print(square(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: "no args")())
print(sorted(["bb", "a", "ccc"], key=lambda s: len(s)))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
print((lambda *a, **k: (a, k))(1, 2, z=3))
print(square.__name__)
