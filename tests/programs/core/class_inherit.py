class Base:
    kind = "base"
    def __init__(self, name):
        self.name = name
        print("Base.__init__", name)
    def greet(self):
        return f"hi from {self.kind} {self.name}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Mid(Base):
    kind = "mid"
    def __init__(self, name, level):
        super().__init__(name)
        self.level = level
        print("Mid.__init__", level)
    def greet(self):
        return super().greet() + f" (level {self.level})"
class Leaf(Mid):
    def greet(self):
        return "[" + super().greet() + "]"
l = Leaf("x", 3)
print(l.greet(), l, Leaf.kind, Leaf.__mro__, Leaf.__bases__, Leaf.__name__)
print(isinstance(l, Base), issubclass(Leaf, Base), issubclass(Base, Leaf), type(l) is Leaf)
class A:
    def who(self): return ["A"]
class B(A):
    def who(self): return ["B"] + super().who()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
try:
    class X(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class Counter:
    instances = []
    def __init__(self):
        self.instances.append(self)
        self.items = []
c1, c2 = Counter(), Counter()
c1.items.append(1)
print(len(Counter.instances), c1.items, c2.items, c1.instances is c2.instances)
class WithInitSubclass:
    registry = []
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        WithInitSubclass.registry.append((cls.__name__, tag))
class S1(WithInitSubclass, tag="one"): pass
class S2(WithInitSubclass): pass
print(WithInitSubclass.registry)
class Str(str):
    def shout(self): return self.upper() + "!"
class L(list):
    def total(self): return sum(self)
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
try:
    Base("a", "b")
except TypeError as e:
    print("TypeError:", e)
