print(str(1), str(1.5), str(None), str([1, "a"]), str("x"), str(), str(3))
print(repr(1), repr("a"), repr([1, "a"]), repr((1,)), repr({"k": [None]}), repr(1.0))
class Both:
    def __repr__(self):
        return "Both()"
class OnlyRepr:
    def __repr__(self):
        return "only-repr"
print(str(Both()), repr(OnlyRepr()), str(OnlyRepr()), [OnlyRepr()])
print(str(str), repr(int))
