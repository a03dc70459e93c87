class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        return NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __lt__(self, other):
        return abs(self) < abs(other)


a, b = Vector(3, 4), Vector(1, -2)
print(a, b, repr(a + b), a - b, -a)
print(a * 2, 3 * b, abs(a), bool(Vector()), bool(b))
print(a == Vector(3, 4), a != b, a == (3, 4))
print(list(a), tuple(b), a[0], a[-1], [*a, *b])
x, y = a
print(f"x={x} y={y}")
vs = {Vector(1, 1), Vector(1, 1), Vector(2, 0)}
print(len(vs), Vector(2, 0) in vs)
print(sorted([a, b, Vector(0, 1), Vector(10, 0)]))
print(max(a, b), min([a, b, Vector(0, 0)]))
print(sum([a, b, Vector(1, 1)], Vector()))
try:
    a * "s"
except TypeError as e:
    print("TypeError:", e)
try:
    a.z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    a < 5
except AttributeError as e:
    print("AttributeError:", e)
print(a[0:1], Vector.__slots__)
