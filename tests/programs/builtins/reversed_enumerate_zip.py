print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], start=10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
names, ages = zip(*[("a", 1), ("b", 2)])
print(names, ages)
print(dict(zip(["k1", "k2"], [1, 2])))
try:
    reversed(5)
except TypeError as e:
    print(e)
try:
    zip(5)
except TypeError as e:
    print(e)
