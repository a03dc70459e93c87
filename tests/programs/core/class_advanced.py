class Shape:
    sides = 0
    _registry = {}
    def __init_subclass__(cls, **kw):
        Shape._registry[cls.__name__] = cls
    @classmethod
    def create(cls, name, *args):
        return cls._registry[name](*args)
    @property
    def area(self):
        raise NotImplementedError(type(self).__name__)
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides, area {self.area:.2f}"
class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    @classmethod
    def create(cls, *args):
        print("Square.create via", cls.__name__)
        return super().create("Square", *args)
class Blob(Shape):
    pass
print(Shape.create("Rect", 2, 3).describe(), Square.create(4).describe(), sorted(Shape._registry))
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Private:
    def __init__(self):
        self.__secret = 1
        self._prot = 2
    def reveal(self):
        return self.__secret
p = Private()
print(p.reveal(), p._Private__secret, hasattr(p, "__secret"), sorted(vars(p)))
class A:
    def __init__(self): self.log = ["A"]
class B(A):
    def __init__(self):
        super(B, self).__init__()
        self.log.append("B")
print(B().log, type(B()).__mro__[1].__name__)
class Static:
    @staticmethod
    def helper(x): return x * 2
    def use(self): return self.helper(3) + Static.helper(1)
print(Static().use(), Static.helper("ab"))
class WithSlots:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
w = WithSlots()
try:
    w.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    w.b
except AttributeError as e:
    print("AttributeError:", e)
class Meta1:
    def method(self): return "m"
m = Meta1()
bound = m.method
print(bound(), bound.__self__ is m, Meta1.method(m), bound.__func__ is Meta1.method, bound.__name__)
m.method = lambda: "instance override"
print(m.method(), Meta1().method())
class Cnt:
    n = 0
    def __init__(self):
        type(self).n += 1
class Sub(Cnt): pass
Cnt(); Sub(); Sub()
print(Cnt.n, Sub.n)
print(type("Dyn", (Cnt,), {"z": 9})().z, type(5) is int, type(type) is type, isinstance(type, object))
class R:
    def __repr__(self): return "R!"
print(str(R()), [R()], f"{R()}", "%s %r" % (R(), R()), format(R(), ""))
try:
    format(R(), "x")
except TypeError as e:
    print("TypeError:", e)
