print(int.__repr__(5), float.__repr__(1.5), str.__repr__("a"), list.__repr__([1]), (5).__repr__(), int.__str__(7), dict.__repr__({1:2}), bool.__repr__(True), int.__repr__(True), (None).__repr__(), tuple.__repr__((1,)), set.__repr__({1}), frozenset.__repr__(frozenset()))
class L(list):
    def __repr__(self):
        return "L" + list.__repr__(self) + super().__repr__()
class D(dict):
    def __repr__(self):
        return f"D({super().__repr__()})"
print(L([1, 2]), repr(D(a=1)), str(L()), [L([3])])
try:
    int.__repr__("x")
except TypeError as e:
    print(e)
print(str(10**30), repr(2.0), object.__repr__(5)[:12])
for f in [lambda: int.__add__("x", 1), lambda: list.append(1, 2), lambda: dict.__getitem__(1, 2), lambda: list.__len__(1), lambda: str.upper(1), lambda: int.__neg__("a"), lambda: list.__init__(1)]:
    try:
        f()
    except TypeError as x:
        print(x)
