o = object()
p = object()
print(type(o).__name__, o == o, o == p, o is not p)
print(str(o).startswith("<object object at 0x"))
sentinel = object()
d = {"k": 1}
print(d.get("missing", sentinel) is sentinel, d.get("k", sentinel) is sentinel)
class Sub(object):
    pass
print(Sub.__bases__, isinstance(Sub(), object))
try:
    object(1)
except TypeError as e:
    print(e)
