s = {3, 1, 2}
print(sorted(s), len(s), 2 in s)
t = {*s, 4, *[5, 5]}
print(sorted(t))
print(set(), {1} == {1}, set("aab") == {"a", "b"})
print({1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3})
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} > {1})
print(sorted({x % 3 for x in range(10)}))
print({True, 1, 1.0}, {0, False})
