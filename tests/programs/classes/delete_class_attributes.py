class M(type):
    def __delattr__(cls, name):
        print("meta del", name)
        super().__delattr__(name)
class A(metaclass=M):
    x = 1
del A.x
print(hasattr(A, "x"))
try:
    del A.y
except AttributeError as e:
    print(e)
class B:
    z = 2
del B.z
try:
    del B.z
except AttributeError as e:
    print(e)
try:
    del int.real
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
