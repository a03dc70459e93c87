class Thing:
    color = "red"

t = Thing()
print(hasattr(t, "color"), hasattr(t, "size"), getattr(t, "color"), getattr(t, "size", 0))
setattr(t, "size", 10)
print(t.size, hasattr(t, "size"), getattr(t, "size"))
setattr(Thing, "shape", "round")
print(t.shape, getattr(Thing, "shape"))
print(getattr([1, 2], "count")(1), hasattr("s", "upper"), hasattr(5, "nothing"))
try:
    getattr(t, "weight")
except AttributeError as e:
    print(e)
try:
    getattr(t, 5)
except TypeError as e:
    print(e)
del t.size
print(hasattr(t, "size"))
