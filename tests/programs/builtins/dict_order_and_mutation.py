d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(d)
d["z"] = 100
print(list(d))
del d["z"]
d["z"] = 1
print(list(d))
try:
    for k in d:
        d["new" + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
for k in list(d):
    if k.startswith("new"):
        del d[k]
print(d)
