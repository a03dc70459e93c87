for i in range(5):
    if i == 3:
        break
else:
    print("no break")
for i in range(2):
    pass
else:
    print("loop else", i)
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
x = 5
x += 1; x -= 2; x *= 3; x //= 5; x **= 3; x %= 7; x <<= 2; x |= 1; x ^= 3; x &= 14; x >>= 1
print(x)
s = "a"; s += "b"; s *= 2; print(s)
l = [1]; l2 = l; l += [2]; print(l2, l is l2)
t = (1,); t2 = t; t += (2,); print(t2, t is t2)
assert x == x, "never"
try:
    assert x != x, f"x is {x}"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError:", repr(e))
del x
try:
    x
except NameError as e:
    print("NameError:", e)
print(1 if True else 2, (lambda *a, **k: (a, k))(1, b=2), (lambda: None)())
print(not 0, not [], 0 or "dflt", 1 and 2, [] and 1, None or 0 or "", 3 and 0 or 7)
print(type(...).__name__, ... is Ellipsis, None is None, NotImplemented)
a = b = c = 7
print(a, b, c, a is b)
def gen_fn(): pass
print(gen_fn.__name__, gen_fn.__doc__, (lambda: 0).__name__, gen_fn() is None)
def doc():
    """Docstring here."""
print(doc.__doc__)
i = 0
while True:
    i += 1
    if i % 2: continue
    if i > 6: break
    print("even", i)
try:
    pass
except Exception:
    print("never")
else:
    print("else ran")
finally:
    print("finally ran")
import math
print(math.pi, math.floor(-2.5), math.ceil(2.1), math.sqrt(16), math.gcd(12, 18), math.isclose(0.1 + 0.2, 0.3), math.inf)
