class A:
    def __eq__(self, o): return NotImplemented
print(A() == A(), A() != 1)
class B:
    def __iter__(self): yield from range(3)
print(list(B()), *B(), sep="|")
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
x = [1, 2, 3]; x[1:2] = "ab"; print(x)
x = list(range(6)); x[-1:0:-2] = "XYZ"; print(x)
print("a,b".split(",") == ["a", "b"], "%5.2s|" % "abc", "%-+5d|" % 3, "%#.3g" % 1.0, "%g" % 123456789)
print([1, 2] * 0, "abc"[-10:10], "abc"[::-2], (1, 2, 3)[::-1], range(10)[::-3], list(range(10)[-3:]))
d = {1: "a", True: "b", 1.0: "c"}; print(d)
print({(1, 2): 3}.get((1, 2)), dict([("a", 1)], b=2), list({"x": 1}.items())[0])
def g():
    x = yield
    print("got", x)
    yield x
gen = g(); next(gen); print(gen.send(42))
print(list(map(lambda a, b: a + b, "ab", "cd")), list(zip(*[(1, "a"), (2, "b")])))
print(str.format("{}", 1), "abc".__len__(), "x".__class__.__name__)
a = [3, 1, 2]; b = sorted(a); a.sort(); print(a == b, a is b)
print(f"{'a' if 1 else 'b'}", f"{[x for x in 'ab']}", f"{ {'k': 1}['k'] }", f"{1:{''}}")
print(getattr(A, "__name__"), A.__qualname__, A.__module__, __name__)
class C:
    class Inner:
        pass
print(C.Inner.__qualname__, C.Inner.__name__, repr(C.Inner).startswith("<class '__main__.C.Inner'"))
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, repr(len), repr(int), repr(None), repr(type(None)))
print(int.__mro__, bool.__mro__, KeyError.__mro__)
print(list(reversed([])), list(enumerate("ab", -1)), "".join(map(chr, range(97, 100))))
import sys
print(sys.maxsize, sys.version_info[:2], type(sys.argv).__name__)
print(max([1, 5, 3], key=lambda v: -v), max("b", "a", key=str.upper), min((3, "c"), (1, "z")))
print(round(5.5), round(6.5), round(-5.5), round(0.05, 1), round(0.15, 1), round(0.25, 1))
print(3 .real, 2.5.imag if False else 0, (3).numerator, (3).denominator, 1.5.real)
