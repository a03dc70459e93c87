class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass

print([k.__name__ for k in A.mro()])
print([k.__name__ for k in B.__mro__])
print(A.__mro__ == tuple(A.mro()))
print(object.__mro__)
print(int.__mro__)
print(bool.__mro__)
