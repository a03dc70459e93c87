import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce
print(operator.add(2, 3), operator.mul("a", 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(3), operator.abs(-2.5), operator.abs(-3))
print(operator.lt(1, 2), operator.eq([1], [1]), operator.not_(0), operator.truth("x"), operator.is_(None, None), operator.contains([1, 2], 2))
print(reduce(operator.mul, range(1, 6)), operator.index(5), operator.concat([1], [2]), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
d = {"a": 1}; operator.setitem(d, "b", 2); operator.delitem(d, "a"); print(d, operator.getitem(d, "b"))
rows = [("bob", 30), ("amy", 25), ("cat", 30)]
print(sorted(rows, key=itemgetter(1, 0)), itemgetter(0)(rows), itemgetter(0, 2)("xyz"), repr(itemgetter(1, "a")))
class P:
    def __init__(self, n, sub=None): self.name, self.sub = n, sub
    def greet(self, g, end="!"): return f"{g} {self.name}{end}"
ps = [P("z", P("inner")), P("a", P("x"))]
print([p.name for p in sorted(ps, key=attrgetter("name"))], attrgetter("sub.name")(ps[0]), attrgetter("name", "sub.name")(ps[1]), repr(attrgetter("a.b", "c")))
print(methodcaller("greet", "hi", end="?")(ps[0]), repr(methodcaller("greet", "hi", end="?")), list(map(methodcaller("upper"), ["a", "b"])))
x = [1]; y = operator.iadd(x, [2]); print(x, y is x, operator.iadd(1, 2), operator.length_hint([1, 2]), operator.length_hint(5, 7))
try:
    operator.concat(1, 2)
except TypeError as e:
    print(e)
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError", e)
print(operator.xor(5, 3), operator.and_(6, 3), operator.or_(4, 1), operator.invert(5), operator.lshift(1, 4), operator.rshift(32, 2))
