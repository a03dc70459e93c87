a = b = c = [1, 2]
print(a is b, b is c)
x = y = 3 * 4
print(x, y)
i = j = k = "s"
print(i + j + k)
d = {}
d["a"] = d["b"] = 0
print(d)
p, q = r = (1, 2)
print(p, q, r)
