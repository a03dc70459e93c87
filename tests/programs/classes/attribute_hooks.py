class A:
    @property
    def x(self):
        return 1
    def __setattr__(self, n, v):
        print("setattr", n, v)
        object.__setattr__(self, "_" + n, v)
    def __delattr__(self, n):
        print("delattr", n)
a = A()
a.x = 5
a.y = 6
print(a._x, a._y, a.x)
del a.y
class H:
    def __hash__(self):
        return hash("abc")
print(hash(H()) == hash("abc"), hash(H()) == hash(H()))
class Big:
    def __hash__(self):
        return 2**64 + 5
print(hash(Big()) == hash(2**64 + 5))
print(list.__hash__, dict.__hash__, set.__hash__)
def f(): pass
f.__module__ = "elsewhere"
print(f.__module__)
class P:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
p = P(3)
print(p.v, object.__new__(P).__class__.__name__)
class Q:
    pass
try:
    Q(1)
except TypeError as e:
    print(e)
class W:
    @property
    def w(self): return 1
try:
    W().w = 2
except AttributeError as e:
    print(e)
