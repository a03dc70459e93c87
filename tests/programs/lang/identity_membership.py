a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, 1 in a, 3 not in a, "ell" in "hello", "z" not in "hello")
print(2 in {1: "x", 2: "y"}, "x" in {1: "x"}, 3 in {1, 2, 3}, 5 in range(10), 10 in range(10))
print((1, 2) in [(1, 2), (3, 4)], [] in [[]])
try:
    1 in 5
except TypeError as e:
    print(e)
try:
    [1] in "abc"
except TypeError as e:
    print(e)
