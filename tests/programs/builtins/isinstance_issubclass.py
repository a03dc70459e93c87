print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance("s", (int, str)))
print(isinstance(1.0, float), isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, object), issubclass(KeyError, LookupError), issubclass(list, (str, list)))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, B), issubclass(A, B), isinstance(A, type))
try:
    isinstance(1, "int")
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
