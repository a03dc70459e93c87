import asyncio
from collections import namedtuple


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, repr(p), str(p), p.x, p.y, p[0], p[-1], p[:1], len(p))
x, y = p
print(x, y, list(p), tuple(p), 2 in p, 5 in p)
print(p == (1, 2), (1, 2) == p, p == Point(1, 2), p != Point(2, 1), p < Point(1, 3))
print(hash(p) == hash(Point(1, 2)), {p: "here"}[Point(1, 2)], {p, Point(1, 2)} == {p})
print(Point(x=5, y=6), Point(7, y=8), Point._make([9, 10]), Point._make(iter("ab")))
print(p._asdict(), p._replace(y=20), p, Point._fields, p._fields)
print(p + (3,), p * 2, p.count(1), p.index(2), sorted([Point(2, 1), Point(1, 9)]))
print(type(p).__name__, Point.__name__, Point.__doc__)
print("{0.x}-{0.y}".format(p), f"{p.x}/{p.y}", max(p), sum(p))
print([pt.x for pt in map(Point._make, [(1, 2), (3, 4)])])

Color = namedtuple("Color", ["red", "green", "blue"], defaults=[0, 255])
print(Color(1), Color(1, 2), Color(1, 2, 3), Color._field_defaults)
Row = namedtuple("Row", "id, name, active")
print(Row(1, "a", True), Row._fields)
Renamed = namedtuple("Renamed", ["ok", "def", "ok", "_x", "2"], rename=True)
print(Renamed._fields)
Empty = namedtuple("Empty", "")
print(Empty(), len(Empty()), Empty._fields)

attempt("missing one", lambda: Point(1))
attempt("missing three", lambda: namedtuple("Q", "a b c")())
attempt("too many", lambda: Point(1, 2, 3))
attempt("too many defaults", lambda: Color(1, 2, 3, 4))
attempt("unexpected kw", lambda: Point(1, 2, z=3))
attempt("multiple values", lambda: Point(1, x=2))
attempt("replace unknown", lambda: p._replace(z=1))
attempt("make wrong length", lambda: Point._make([1]))
attempt("underscore", lambda: namedtuple("Q", "a _b"))
attempt("duplicate", lambda: namedtuple("Q", "a a"))
attempt("keyword", lambda: namedtuple("Q", "a def"))
attempt("identifier", lambda: namedtuple("1Q", "a"))
attempt("index", lambda: p[2])


def set_field():
    p.x = 3


def set_other():
    p.z = 3


attempt("set field", set_field)
attempt("set other", set_other)


class Point3(namedtuple("Point3", "x y z")):
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)


q = Point3(1, -2, 3)
print(q.norm1(), q.x, q[2], tuple(q))

print(Point.__match_args__)


Job = namedtuple("Job", "name delay")


async def run(job):
    await asyncio.sleep(job.delay)
    return job._replace(name=job.name.upper())


async def main():
    jobs = [Job("b", 0.02), Job("a", 0.01)]
    done = await asyncio.gather(*map(run, jobs))
    print(done)
    for name, delay in done:
        print(name, delay)
    print(sorted(done, key=lambda j: j.delay))

asyncio.run(main())
