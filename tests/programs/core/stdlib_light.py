from collections import defaultdict, Counter, namedtuple, OrderedDict, deque
from dataclasses import dataclass, field
from functools import reduce, partial, lru_cache, wraps
dd = defaultdict(list)
for w in "apple avocado banana cherry cranberry".split():
    dd[w[0]].append(w)
print(dict(dd), dd["z"], len(dd))
c = Counter("mississippi")
print(c.most_common(2), c["s"], c["z"], sorted(c.elements())[:4])
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x + p.y, p._replace(x=5), p._asdict(), tuple(p), Point._fields)
x, y = p
print(x, y, p == (1, 2), p[1])
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    def total(self, qty):
        return self.price * qty
i1 = Item("pen", 1.5)
print(i1, i1.total(4), i1 == Item("pen", 1.5), Item("x").tags is not Item("y").tags)
@dataclass(order=True, frozen=True)
class Pt:
    x: int
    y: int = 0
print(sorted([Pt(2, 1), Pt(1, 5), Pt(1, 2)]), Pt(1) < Pt(1, 1))
try:
    Pt(1).x = 5
except Exception as e:
    print(type(e).__name__, e)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0), partial(int, base=2)("101"))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def hello(name):
    "says hi"
    return "hi " + name
print(hello("x"), hello.__name__, hello.__doc__)
dq = deque([1, 2, 3], maxlen=4)
dq.appendleft(0); dq.append(4); dq.rotate(1)
print(dq, dq.popleft(), list(dq))
od = OrderedDict(a=1, b=2); od.move_to_end("a")
print(list(od), od.popitem(last=False))
