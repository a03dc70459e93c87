class M(type):
    def __call__(cls, *a, **k):
        print("M call", cls.__name__)
        return super().__call__(*a, **k)
    def __instancecheck__(cls, inst):
        print("instcheck")
        return True
    def __subclasscheck__(cls, sub):
        print("subcheck")
        return True
class A(metaclass=M):
    def __init__(self, x): self.x = x
a = A(3); print(a.x, isinstance(5, A), issubclass(int, A))
f = lambda: 1
f.__isabstractmethod__ = True
print(getattr(f, "__isabstractmethod__", False))
print(A.__dict__.get("zz"))
