class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), type(s).__name__, isinstance(s, list), s + [4], sum(s))
class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name
    def __repr__(self):
        return f"Named({self.name!r}, {list(self)!r})"
n = Named("xs", [3, 1, 2])
n.sort()
print(n, n.name, sorted(n, reverse=True), n[0], n[1:])
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = DefaultDict(a=1)
print(d["abc"], d, type(d).__name__, "abc" in d, len(d))
class Registry(dict):
    def register(self, name):
        def deco(f):
            self[name] = f
            return f
        return deco
r = Registry()
@r.register("hello")
def hello(): return "hi"
print(list(r), r["hello"](), isinstance(r, dict))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper()
u["a"] = 1
print(u["A"], u["a"], u, dict(u))
class Counted(list):
    def __len__(self):
        return 42
    def __contains__(self, x):
        return True
    def __iter__(self):
        return iter([9, 9])
c = Counted([1])
print(len(c), 5 in c, list(c), bool(Counted()))
print("{a}-{b}".format_map(DefaultDict(a="x")))
class Eq(list):
    def __eq__(self, other):
        return True
print(Eq([1]) == [2], [2] == Eq([1]))
