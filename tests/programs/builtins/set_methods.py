s = {1, 2, 3}
s.add(4)
s.discard(10)
s.remove(1)
print(sorted(s))
print(sorted(s.union({9})), sorted(s.intersection([2, 3, 8])), sorted(s.difference({2})), sorted(s.symmetric_difference({4, 5})))
print(s.issubset({2, 3, 4, 5}), s.issuperset({2}), s.isdisjoint({7}))
s.update([7, 8])
c = s.copy()
popped = s.pop()
print(len(s), len(c), popped in c)
s.clear()
print(s, set() == frozenset())
try:
    s.remove(1)
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
