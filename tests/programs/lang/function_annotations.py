def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b]
print(f.__annotations__)
async def g(x: int) -> None:
    pass
print(g.__annotations__)
def h(x, y): pass
print(h.__annotations__)
class C:
    def m(self, v: int) -> "C": return self
print(C.m.__annotations__)
try:
    def bad(x: Undefined) -> None: pass
except NameError as e:
    print("NameError:", e)
lam = lambda x: x
print(lam.__annotations__)
