class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __len__(self):
        return 2
    def __bool__(self):
        return self.x != 0 or self.y != 0
    def __neg__(self):
        return Vec(-self.x, -self.y)

v = Vec(1, 2)
print(v, repr(v), [v], str(v))
print(v + Vec(3, 4), v * 3, 2 * v, -v)
print(v == Vec(1, 2), v != Vec(0, 0), v == 5)
print(len(v), bool(v), bool(Vec(0, 0)))
print(f"{v} {v!r}")
