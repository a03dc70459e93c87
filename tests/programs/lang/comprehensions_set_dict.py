words = ["apple", "bob", "cat", "apple"]
print(sorted({w for w in words}))
print({w: len(w) for w in words})
print({i: i * i for i in range(5) if i % 2})
print({(a, b): a * b for a in range(2) for b in range(2)})
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
print(sorted({len(w) for w in words}))
