class Plain:
    pass

p = Plain()
q = Plain()
print(p == p, p == q, p != q)
print(repr(p).startswith("<__main__.Plain object at 0x"))
print(str(p) == repr(p))
print(hash(p) == hash(p))
print(type(p) is Plain, type(Plain) is type, Plain.__name__, Plain.__qualname__)
o = object()
print(type(o).__name__, isinstance(p, object), isinstance(Plain, object))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
