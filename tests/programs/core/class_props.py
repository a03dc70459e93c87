class Temp:
    scale = "C"
    count = 0
    def __init__(self, c):
        self._c = c
        Temp.count += 1
    @property
    def c(self):
        "celsius"
        return self._c
    @c.setter
    def c(self, v):
        if v < -273.15:
            raise ValueError("too cold: %r" % v)
        self._c = v
    @c.deleter
    def c(self):
        print("deleting")
        del self._c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(v):
        return v > -273.15
t = Temp(100)
print(t.c, t.f, Temp.from_f(212).c, Temp.valid(-300), t.valid(0), Temp.count, Temp.c.__doc__)
t.c = 20; print(t.c)
try:
    t.c = -500
except ValueError as e:
    print("ValueError:", e)
try:
    t.f = 3
except AttributeError as e:
    print("AttributeError:", e)
del t.c
try:
    t.c
except AttributeError as e:
    print("AttributeError:", e)
t.scale = "F"; print(t.scale, Temp.scale, Temp(1).scale)
del t.scale; print(t.scale)
print(isinstance(Temp.__dict__["valid"], staticmethod), type(Temp.__dict__["from_f"]).__name__, type(Temp.c).__name__)
class P:
    x = property(lambda self: 42)
print(P().x, hasattr(P(), "y"), getattr(P(), "x"))
setattr(t, "zz", 5); print(t.zz, vars(t) == t.__dict__, sorted(vars(t)))
delattr(t, "zz")
print(hasattr(t, "zz"))
