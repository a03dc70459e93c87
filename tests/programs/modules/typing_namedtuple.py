# typing.NamedTuple with the class syntax (and the functional form): the
# constructor, its errors, repr, equality, hashing, the tuple protocol,
# _fields/_asdict/_replace/_make, and methods defined in the class body.
from typing import NamedTuple, Optional
from collections import namedtuple


class Point(NamedTuple):
    """A point in the plane."""
    x: int
    y: int = 0

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    @property
    def swapped(self):
        return Point(self.y, self.x)

    @classmethod
    def origin(cls):
        return cls(0, 0)


p = Point(3, 4)
print(p, repr(p), str(p))
print(p.x, p.y, p[0], p[1], p[-1], len(p), list(p), tuple(p))
print(p.norm2(), p.swapped, Point.origin())
print(Point(1), Point(x=5), Point(y=2, x=1), Point(7, y=8))
print(Point._fields, Point._field_defaults, Point.__doc__)
print(Point.__annotations__)
print(p._asdict(), p._replace(x=10), p._replace(), Point._make([5, 6]))
print(p == Point(3, 4), p != Point(3, 5), p == (3, 4), p == [3, 4])
print(hash(p) == hash((3, 4)), len({p, Point(3, 4), Point(4, 3)}))
print(3 in p, 5 in p, p.count(3), p.index(4), p[:1])
x, y = p
print(x, y, sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(isinstance(p, Point), type(p).__name__, Point.__name__)

for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"x": 2}), ((1,), {"z": 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

for bad in [lambda: p._replace(z=1), lambda: Point._make([1])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)


class Employee(NamedTuple):
    name: str
    id: int = 3
    manager: Optional[str] = None


e = Employee("Guido")
print(e, e._field_defaults, Employee("Tim", 5, "Guido"))
print(Employee.__annotations__["manager"])


class Empty(NamedTuple):
    pass


print(Empty(), len(Empty()), Empty._fields)

print(Point.__match_args__)

# the functional form
Pair = NamedTuple("Pair", [("first", int), ("second", str)])
pair = Pair(1, "one")
print(pair, pair.first, pair.second, Pair._fields, Pair.__annotations__)

# consistent with collections.namedtuple
CPoint = namedtuple("CPoint", "x y", defaults=[0])
print(CPoint(3, 4) == p, CPoint(1), CPoint._fields == Point._fields)

# class-definition errors
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)

try:
    class Bad2(NamedTuple):
        a: int = 1
        c: int = 2
        b: int
except TypeError as e:
    print("TypeError:", e)

try:
    class Bad3(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as e:
    print("AttributeError:", e)

try:
    class Bad4(NamedTuple):
        _a: int
except ValueError as e:
    print("ValueError:", e)


# a subclass of a NamedTuple class keeps its fields
class Point3(Point):
    def describe(self):
        return f"Point3 with {self._fields}"


q = Point3(1, 2)
print(q.describe(), q.x, q == Point(1, 2))
