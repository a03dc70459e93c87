print({3, 1, 2}, {10, 1, 5}, set([5, 4, 3, 2, 1]), {-1, 1}, {100, 7, 33, 8, 16})
s = set()
for i in [50, 20, 90, 3, 8, 1000, 64, 72, 9, 17, 33, 12]:
    s.add(i)
print(s)
s.discard(20); s.add(21); s.remove(1000)
print(s, len(s), sorted(s) == sorted(list(s)))
print(set(range(20, 0, -1)))
print({1, 2, 3} | {10, 4}, {5, 6, 7} & {7, 5}, {9, 8, 7} - {8}, {1, 2} ^ {2, 3})
t = {x * x for x in range(10)}
print(t, t.copy(), frozenset(t))
p = {40, 30, 20, 10}
print([p.pop() for _ in range(2)], p)
print({True, 2, 0.0}, {1.0, 2})
print(list({8: 1, 1: 2}), {(1, 2), (0, 1)} == {(0, 1), (1, 2)})
big = set(range(100))
big.difference_update(range(0, 100, 3))
print(list(big)[:10], len(big))
