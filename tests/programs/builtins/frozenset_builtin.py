fs = frozenset([3, 1, 2, 1])
print(sorted(fs), len(fs), 1 in fs, type(fs).__name__)
print(fs | {9} == frozenset({1, 2, 3, 9}), type(fs | {9}).__name__)
d = {fs: "frozen key"}
print(d[frozenset({1, 2, 3})])
print(frozenset() == set(), frozenset("aa"))
try:
    fs.add(4)
except AttributeError as e:
    print(e)
