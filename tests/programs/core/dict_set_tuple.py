d = {"b": 2, "a": 1}
d["c"] = 3; d.setdefault("d", 4); d.setdefault("a", 100)
print(d, d.get("z"), d.get("z", 0), d.pop("b"), d.pop("zz", "dflt"), d.popitem(), d)
d.update({"x": 1}, y=2); d.update([("w", 0)]); print(d, list(d.keys()), list(d.values()), list(d.items()))
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict(zip("xy", (1, 2))), dict(a=1, **{"b": 2}))
print(d | {"q": 9}, {**d, "a": -1}, {k: v for k, v in sorted(d.items()) if v})
e = dict(d); e |= {"a": 5}; print(e, e == d, "a" in e, 5 in e.values())
for stmt in [lambda: {}['k'], lambda: {}.pop('k'), lambda: {}.popitem(), lambda: {[1]: 2}, lambda: dict([1, 2]), lambda: dict([(1, 2, 3)])]:
    try:
        stmt()
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    for k in d:
        d["new" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
s = {3, 1, 2}
s.add(5); s.discard(9); s.remove(1); print(sorted(s), s.pop() in {2, 3, 5})
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= b, {2} < a, a.isdisjoint({9}), a.issuperset({1}))
print(sorted(a.union([7], (8,))), sorted(a.intersection(b, {3})), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
c = set(a); c |= {10}; c -= {1}; c &= {2, 3, 10}; c ^= {3, 99}; print(sorted(c))
print(frozenset({1, 2}) == {1, 2}, set(), frozenset(), {frozenset({1})}, len(set("hello")))
try:
    set().remove(1)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t + (4,), t * 2, (1,) * 0, tuple("ab"), (1, 2) < (1, 2, 3), () == ())
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(repr((1,)), repr(()), repr(((),)), {1: {2: {3: ()}}}, {(1, 2): "t"}[1, 2])
