class A:
    __slots__ = ('x',)
a = A()
try: a.x
except AttributeError as e: print(e)
try: a.y = 1
except AttributeError as e: print(e)
print(hasattr(a, '__dict__'), type(A.__dict__['x']).__name__, repr(A.x))
class B(A): pass
b = B(); b.y = 2; print(b.__dict__)
class C(A):
    __slots__ = ('z',)
c = C(); c.x = 1; c.z = 2
try: c.w = 3
except AttributeError as e: print(e)
a.x = 5; print(a.x); del a.x
try: del a.x
except AttributeError as e: print(e)
class D:
    __slots__ = 'only'
d = D(); d.only = 1
print(D.__slots__, d.only)
