class Box:
    pass

b = Box()
b.value = 1
b.items = [0, 0, 0]
b.items[1] = "mid"
b.items[-1] = "end"
print(b.value, b.items)
d = {}
d["k"] = 1
d["k"] += 5
d[(1, 2)] = "tuple key"
print(d)
m = [[0] * 3 for _ in range(2)]
m[1][2] = 7
print(m)
lst = [0, 1, 2, 3, 4, 5]
lst[1:3] = ["a", "b", "c"]
print(lst)
b.items[0], d["k"] = d["k"], b.items[0]
print(b.items, d["k"])
