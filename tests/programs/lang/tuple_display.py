t = 1, 2, 3
print(t, (), (1,), (1), tuple([4, 5]))
u = (*t, 4)
print(u, t + u, t * 2, len(u))
print(t[0], t[-1], t[1:], t.count(2), t.index(3))
x, y = (1, 2), [3]
print(x, y)
print(((1, 2), (3,)) == ((1, 2), (3,)))
print(type(()).__name__, type((1,)).__name__)
print(hash((1, 2)) == hash((1, 2)))
