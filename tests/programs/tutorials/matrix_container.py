class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, key):
        if isinstance(key, tuple):
            i, j = key
            return self.rows[i][j]
        return self.rows[key]

    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = value

    def __contains__(self, value):
        return any(value in row for row in self.rows)

    def __iter__(self):
        return iter(self.rows)

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"shape mismatch: {self.shape} @ {other.shape}")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)] for i in range(n)])

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    T = property(transpose)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __str__(self):
        width = max(len(str(v)) for row in self.rows for v in row)
        return "\n".join(" ".join(f"{v:>{width}}" for v in row) for row in self.rows)

    def __repr__(self):
        return f"Matrix({self.rows})"


m = Matrix([[1, 2, 3], [4, 5, 6]])
print(m)
print(repr(m.T), m.shape, m.T.shape, len(m))
print(m @ m.T)
print(m @ Matrix.identity(3) == m)
print(5 in m, 7 in m, m[1], m[1, 2], m[-1][-1])
m[0, 0] = 100
print(m)
for i, row in enumerate(m):
    print(i, sum(row), max(row))
z = Matrix.zeros(2, 2)
print(repr(z), z == Matrix([[0, 0], [0, 0]]), z != m)
try:
    m @ m
except ValueError as e:
    print("ValueError:", e)
try:
    Matrix([[1], [2, 3]])
except ValueError as e:
    print("ValueError:", e)
flat = [v for row in m for v in row]
print(flat, sorted(flat, reverse=True)[:2])
