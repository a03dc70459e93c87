d = {"a": 1, "b": 2}
e = {**d, "c": 3, "a": 100}
print(d, e, {}, dict(x=1, y=2))
print({1: "one", (1, 2): "tuple", None: "none", True: "true?"})
print({**{"k": 1}, **{"k": 2}})
print(len(e), e["c"], list(e), "a" in e, 3 in e)
f = {k: v for k, v in [("p", 1), ("q", 2)]}
print(f)
print(dict([("a", 1), ("b", 2)]), dict(zip("xy", [9, 8])))
