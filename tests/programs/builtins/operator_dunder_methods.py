print((10).__add__(3), (2.5).__mul__(2), "a".__add__("b"), [1].__len__(), (1).__add__("x"))
print((5).__lt__(7), int.__lt__(3, 2), (3).__rsub__(10), "ab".__mul__(2), (1).__neg__())
class L(list):
    def __add__(self, other):
        return L(super().__add__(other))
r = L([1]) + [2]
print(r, type(r).__name__)
class V:
    def __radd__(self, other):
        return "radd"
print(1 + V(), "s" + V() if False else 0)
print(sum([1, 2, 3]), [1] * 2, 3 * "ab")
