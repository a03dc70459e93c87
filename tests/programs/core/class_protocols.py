class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)), dict(zip(Countdown(2), "ab")))
class Adder:
    def __init__(self, base): self.base = base
    def __call__(self, *args, scale=1, **kw):
        return (self.base + sum(args)) * scale, sorted(kw)
add = Adder(10)
print(add(1, 2), add(scale=2), add(1, z=1, a=2), callable(add), list(map(Adder(1), [1, 2])))
class Ctx:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
with Ctx("a") as x, Ctx("b") as y:
    print("body", x, y)
with Ctx("c", swallow=True):
    raise KeyError("k")
print("after swallow")
try:
    with Ctx("d"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)
def f():
    with Ctx("e"):
        return "returned"
print(f())
for i in range(3):
    with Ctx(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
class Attr:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(f"no {name}")
    def __setattr__(self, name, v):
        object.__setattr__(self, name, v * 10)
a = Attr()
a.q = 4
print(a.xy, a.q, getattr(a, "nope", "dflt"))
try:
    a.nope
except AttributeError as e:
    print("AttributeError:", e)
