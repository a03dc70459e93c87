tests = [
 lambda: int("12", 1), lambda: int(1.5, 2), lambda: float([1]), lambda: int(None), lambda: int("inf"), lambda: int(float("inf")),
 lambda: int(float("nan")), lambda: "abc".split(1), lambda: "x".join("a", "b"), lambda: [].sort(1), lambda: sorted(1),
 lambda: list(1), lambda: dict(1), lambda: set(1), lambda: tuple(None), lambda: chr(-1), lambda: ord("ab"), lambda: ord(""),
 lambda: range(1.5), lambda: range(0, 10, 0), lambda: [1, 2][1.0], lambda: "abc"[None:"x"], lambda: {}.get(), lambda: {}.fromkeys(),
 lambda: zip(1), lambda: map(len), lambda: enumerate(1), lambda: min(1), lambda: abs("x"), lambda: round("x"), lambda: divmod(1, "a"),
 lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: pow(2, -1, 4), lambda: -"a", lambda: ~1.5, lambda: 1 << -1, lambda: 1 << 1.0,
 lambda: [1] * 1.5, lambda: "a" - "b", lambda: None + 1, lambda: 1 < None, lambda: [] < (), lambda: {} < {}, lambda: hash([]),
 lambda: getattr(1, 2), lambda: setattr(1, "x", 2), lambda: object().x, lambda: None.foo, lambda: (1).foo, lambda: len(),
 lambda: isinstance(1), lambda: sum(1), lambda: sum([1], start="a"), lambda: max([], key=len), lambda: "a".center(),
 lambda: "{:d}".format("a"), lambda: "{:x}".format(1.5), lambda: "%d" % [1], lambda: "{:.2f}".format("x"), lambda: format(1, "q"),
 lambda: list.append(1, 2), lambda: str.upper(1), lambda: [].extend(1), lambda: {}.update(1), lambda: {1: 2}.items()[0],
 lambda: "abc".startswith(["a"]), lambda: "a".replace(1, 2), lambda: "a".zfill("3"), lambda: bool.x, lambda: int.nope,
 lambda: (lambda x: x)(), lambda: (lambda: 0)(1), lambda: (lambda *, k: k)(), lambda: print(sep=1), lambda: iter([], 1),
 lambda: next(iter([])), lambda: 10**10000 * 1.0, lambda: float(10**400), lambda: 1.0 / 0.0, lambda: 0 ** -1, lambda: 0.0 ** -1,
 lambda: [].remove(), lambda: (1, 2).index(3), lambda: "ab".index("c"), lambda: "ab".rindex("c"), lambda: [1,2,3][::0],
 lambda: {1, 2}.remove(3), lambda: frozenset().add(1), lambda: {}.pop(), lambda: str(1, 2, 3, 4), lambda: repr(), lambda: slice(),
]
for t in tests:
    try:
        r = t()
        print("ok", repr(r)[:40])
    except Exception as e:
        print(type(e).__name__ + ":", e)
