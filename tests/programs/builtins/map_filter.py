print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "a", None, []])), list(filter(lambda x: x % 2, range(7))))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
print(list(map(len, ["a", "bb"])), list(map(int, "123")))
try:
    list(map(5, [1]))
except TypeError as e:
    print(e)
