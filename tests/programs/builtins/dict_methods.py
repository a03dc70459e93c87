d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d.pop("zz", "dflt"), d)
print(d.setdefault("c", 3), d.setdefault("b", 100), d)
d.update({"d": 4}, e=5)
d.update([("f", 6)])
print(d)
print(d.popitem(), d)
c = d.copy()
d.clear()
print(d, c, len(c))
keys = {"x": 1}.keys()
print(keys, {"x": 1}.values(), {"x": 1}.items())
print(dict.fromkeys(["a", "b"], 0), "b" in c, c == {"b": 2, "c": 3, "d": 4, "e": 5})
try:
    {}.pop("k")
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
