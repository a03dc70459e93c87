a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, = [42]
print(h)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
p, q, r = range(3)
print(p, q, r)
