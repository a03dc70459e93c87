t = (1, 2, 2, 3)
print(t.count(2), t.index(3), t.index(2), len(t), t[::-1], 2 in t)
print(tuple(x * 2 for x in t), t + (4,), max(t), sorted(t, reverse=True))
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    t.append(1)
except AttributeError as e:
    print(e)
try:
    t[0] = 5
except TypeError as e:
    print(e)
