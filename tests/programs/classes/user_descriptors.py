class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("get")
        return obj.__dict__.get(self.name, 0)
    def __set__(self, obj, value):
        print("set", value)
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("delete")
        del obj.__dict__[self.name]
class O:
    x = D()
o = O()
o.x = 5
print(o.x, o.__dict__)
del o.x
print(o.__dict__, type(O.x).__name__)
class Lazy:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, t=None):
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class P:
    @Lazy
    def heavy(self):
        print("computing")
        return 42
p = P()
print(p.heavy, p.heavy)
class Positive:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name} must be positive")
        obj.__dict__[self.name] = value
class Order:
    qty = Positive()
    def __init__(self, qty):
        self.qty = qty
print(Order(3).qty)
try:
    Order(-1)
except ValueError as e:
    print(e)
