matrix = [[i * 3 + j for j in range(3)] for i in range(4)]
print(matrix)
print([list(col) for col in zip(*matrix)])
print([x for row in matrix for x in row if x % 2])
squares = {n: n * n for n in range(6)}
print(squares, {v: k for k, v in squares.items() if v > 4})
print({c for c in "abracadabra"} == set("abcdr"), sorted({c.upper() for c in "abracadabra"}))
inventory = {"apple": 3, "banana": 0, "cherry": 12, "date": 0}
in_stock = {k: v for k, v in inventory.items() if v}
print(in_stock, list(inventory), [k for k, v in inventory.items() if not v])
grid = [["." if (r + c) % 2 else "#" for c in range(5)] for r in range(3)]
print("\n".join("".join(row) for row in grid))
pythag = [(a, b, c) for c in range(1, 21) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pythag)
print(sum(x for x in range(101) if x % 3 == 0 or x % 5 == 0))
print(any(n > 10 for n in [1, 5, 11]), all(isinstance(n, int) for n in [1, 2.0]))
names = ["ann", "bob", "cid"]
scores = [90, 75, 82]
print(dict(zip(names, scores)), {n: s >= 80 for n, s in zip(names, scores)})
print([f"{i}:{n}" for i, n in enumerate(names, start=1)])
print([(x, y) for x in range(3) for y in range(x)])
nested = {k: {i: i * k for i in range(k)} for k in range(1, 4)}
print(nested)
x = 10
print([x for x in range(3)], x)
print([y := 5, y ** 2], y)
print([[row[i] for row in matrix] for i in range(3)] == [list(c) for c in zip(*matrix)])
flags = [n % 2 == 0 and "even" or "odd" for n in range(5)]
print(flags, ["big" if n > 2 else "small" for n in range(5)])
print(sorted({(a % 3, b % 2) for a in range(5) for b in range(5)}))
print(list(reversed([c for c in "stressed"])), "".join(reversed("stressed")))
print(dict.fromkeys("abc", 0), {**squares, 0: "zero"}, [*range(3), *"ab"])
