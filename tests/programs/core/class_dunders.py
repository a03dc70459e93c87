class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"<{self.x},{self.y}>"
    def __format__(self, spec):
        if spec == "p":
            return f"({self.x}|{self.y})"
        return format(str(self), spec)
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return (self.x ** 2 + self.y ** 2) < (o.x ** 2 + o.y ** 2)
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __radd__(self, o):
        return self if o == 0 else NotImplemented
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
vs = [V(3, 4), V(1, 1), V(0, 2)]
print(vs, str(vs[0]), f"{vs[0]}|{vs[0]:p}|{vs[0]:>10}|{vs[0]!r}", sorted(vs), max(vs), min(vs))
print(V(1, 2) == V(1, 2), V(1, 2) != V(1, 3), V(1, 2) in {V(1, 2)}, len({V(1, 2), V(1, 2)}))
print(sum(vs), 2 * V(1, 2), V(1, 2) * 3, -V(1, 2), abs(V(3, 4)), bool(V(0, 0)), not V(0, 1))
print(V(1, 1) > V(0, 0), V(0, 0) <= V(1, 1) if hasattr(V, "__le__") and V.__le__ is not object.__le__ else "no le")
try:
    V(1, 1) <= V(0, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    V(1, 1) + 1
except AttributeError as e:
    print("AttributeError:", e)
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
print(NoHash() == 5, NoHash.__hash__)
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(range(self.n))[i]
        if i >= self.n: raise IndexError(i)
        return i * i
    def __contains__(self, v): return v == "magic"
s = Seq(5)
print(len(s), s[2], s[1:4], s[::-2], list(s), "magic" in s, 4 in s, bool(Seq(0)), list(reversed(s)))
a, b, *c = s
print(a, b, c, sorted(s, reverse=True), [i for i in s if i % 2])
