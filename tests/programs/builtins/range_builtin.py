print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(5, 0, -1)), list(range(0)))
r = range(1, 10, 2)
print(r, len(r), r[0], r[-1], 5 in r, 4 in r, r.index(7), r.count(3))
print(range(3) == range(0, 3), list(reversed(range(3))))
print(range(10**20)[10**19])
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    range()
except TypeError as e:
    print(e)
