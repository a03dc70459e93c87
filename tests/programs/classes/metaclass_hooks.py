class M(type):
    def __getitem__(cls, k):
        return k * 2
    def __repr__(cls):
        return "R"
    def __setattr__(cls, name, value):
        print("set", name)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("del", name)
class A(metaclass=M):
    pass
print(A["x"], repr(A), A.__class__.__name__)
A.y = 2
print(A.y)
del A.y
class B: pass
type.__setattr__(B, "y", 2)
print(B.y)
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
print(repr(Color.RED), Color["RED"])
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
