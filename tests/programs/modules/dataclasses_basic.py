import asyncio
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError
from typing import ClassVar, List


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p == Point(2, 1), p == (1, 2))
print(p.x, p.y, Point.y, is_dataclass(p), is_dataclass(Point), is_dataclass(1))
p.x = 10
print(p, [f.name for f in fields(Point)], Point.__match_args__)
print(asdict(p), astuple(p), replace(p, y=7), p)
print(Point.__init__.__qualname__, Point.__hash__)


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, compare=False)
    secret: str = field(default="s", repr=False, init=False)
    kind: ClassVar[str] = "inventory"


a = Inventory("a")
b = Inventory("b", ["x"], count=3)
a.items.append("apple")
print(a, b, a.items is Inventory("c").items, Inventory.kind, a.secret)
print(Inventory("z", count=1) == Inventory("z", count=2), [f.name for f in fields(a)])
print(hasattr(Inventory, "items"), Inventory.count)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9, "beta"), Version(1, 0)]
print(sorted(vs), max(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 5))
print(hash(Version(1, 2)) == hash(Version(1, 2, "x")), {Version(1): "one"}[Version(1, 0)])


def assign():
    vs[0].major = 5


attempt("frozen assign", assign)
print(isinstance(FrozenInstanceError("x"), AttributeError))


@dataclass
class Task:
    name: str
    priority: int = 1
    done: bool = False

    def __post_init__(self):
        self.name = self.name.title()
        self.key = (-self.priority, self.name)


t = Task("write tests", priority=3)
print(t, t.key)


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Child(Base):
    c: float = 1.5


print(Child(1), Child(1, "x", 2.5), [f.name for f in fields(Child)])


@dataclass(repr=False, eq=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), Plain(1).v)


@dataclass
class Nested:
    point: Point
    points: list
    mapping: dict


n = Nested(Point(1), [Point(2, 3)], {"k": Point(4, 4)})
print(asdict(n))
print(astuple(n))

attempt("missing", lambda: Point())
attempt("missing two", lambda: Inventory())
attempt("too many", lambda: Point(1, 2, 3))
attempt("unexpected", lambda: Point(1, z=3))
attempt("multiple", lambda: Point(1, x=3))
attempt("replace init=False", lambda: replace(a, secret="t"))
attempt("fields of int", lambda: fields(3))
attempt("asdict of int", lambda: asdict(3))


def mutable_default():
    @dataclass
    class Bad:
        items: list = []


def order_after_default():
    @dataclass
    class Bad:
        a: int = 1
        b: int


def both_defaults():
    return field(default=1, default_factory=list)


attempt("mutable default", mutable_default)
attempt("non-default after default", order_after_default)
attempt("both defaults", both_defaults)
attempt("unhashable", lambda: hash(Point(1)))


@dataclass
class Job:
    name: str
    delay: float
    results: list = field(default_factory=list)


async def run(job):
    await asyncio.sleep(job.delay)
    job.results.append(f"{job.name} done")
    return job


async def main():
    jobs = [Job("slow", 0.02), Job("fast", 0.01)]
    finished = []
    for coro in asyncio.as_completed([run(j) for j in jobs]):
        finished.append((await coro).name)
    print(finished, jobs)

asyncio.run(main())
