data = [3, -1, 4, -1, 5, 9, -2, 6]
print([x * y for x in range(3) for y in range(x) if y], [[c for c in w] for w in ["ab", "c"]])
print({x % 3: x for x in data}, sorted({abs(x) for x in data}), list((y := x * 2) for x in data if x > 4), y)
print([m for x in data if (m := x * x) > 10], m)
print([(i, j) for i in range(3) if i for j in "ab" if j != "a"])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [v for row in matrix for v in row], [[r[i] for r in matrix] for i in range(3)])
total = 0
print([total := total + v for v in data], total)
print(any((hit := v) > 8 for v in data), hit)
if (n := len(data)) > 5:
    print("long", n)
while (chunk := data[:2]):
    data = data[2:]
    print(chunk, end=";")
print()
print({k: [v for v in range(k)] for k in range(3)}, sorted({c.upper() for c in "hello"}))
x = 10
print([x for x in range(3)], x)
gen = (a + b for a in range(2) for b in range(2))
print(list(gen), dict(((k, k * k) for k in range(3))))
try:
    [1 / v for v in [1, 0]]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print([i for i in range(20) if i % 2 if i % 3], [a for a, *rest in [(1, 2, 3), (4,)]])
