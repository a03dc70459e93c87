import copy, string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable))
print(string.capwords("hello   big world"), string.capwords("a-b-c", "-"))
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(9); a[2]["k"].append(8)
print(b, c, b[1] is a[1], c[1] is a[1])
class P:
    def __init__(self, x, kids=None):
        print("init", x)
        self.x, self.kids = x, kids or []
    def __repr__(self): return f"P({self.x}, {self.kids})"
p = P(1, [P(2)])
q = copy.copy(p); r = copy.deepcopy(p)
p.kids.append("new"); p.x = 5
print(q, r, q.kids is p.kids, type(r).__name__)
loop = [1]; loop.append(loop); d = copy.deepcopy(loop); print(d[1] is d, d is loop)
t = (1, 2, (3,)); print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2]); u = copy.deepcopy(t2); print(u, u is t2, u[1] is t2[1])
class C:
    def __init__(self): self.v = [1]
    def __copy__(self):
        print("custom copy"); n = C(); n.v = self.v; return n
    def __deepcopy__(self, memo):
        print("custom deepcopy", type(memo).__name__); n = C(); n.v = copy.deepcopy(self.v, memo); return n
x = C(); print(copy.copy(x).v is x.v, copy.deepcopy(x).v is x.v)
class S:
    __slots__ = ("a", "b")
s = S(); s.a = [1]; s2 = copy.deepcopy(s); print(s2.a, s2.a is s.a, hasattr(s2, "b"))
class L(list):
    pass
l = L([1, [2]]); l.tag = "t"; l2 = copy.deepcopy(l); print(type(l2).__name__, l2, l2.tag, l2[1] is l[1])
print(copy.copy({1, 2}), copy.deepcopy({"a": (1, [2])}), copy.copy(len) is len, copy.deepcopy(P) is P)
e = ValueError("boom", 3); print(repr(copy.copy(e)))
