print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]), any("a"), all(["a", ""]))
def noisy(v):
    print("checking", v)
    return v
print(any(noisy(x) for x in [0, 3, 4]))
print(all(noisy(x) for x in [1, 0, 2]))
try:
    any(5)
except TypeError as e:
    print(e)
