try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
e = RuntimeError("fresh")
print(e.__context__, e.__cause__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError("set by hand")
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise TypeError("a") from ValueError("b")
except TypeError as t:
    print(repr(t.__cause__), t.__suppress_context__, t.__context__)
