class AppError(Exception):
    def __init__(self, code, msg="app failed"):
        super().__init__(msg, code)
        self.code = code
class DbError(AppError):
    pass
class NotFound(DbError, LookupError):
    def __str__(self):
        return f"not found (code {self.code})"
for exc in [AppError(1), DbError(2, "db"), NotFound(3)]:
    try:
        raise exc
    except LookupError as e:
        print("lookup", e, e.args, e.code)
    except AppError as e:
        print("app", type(e).__name__, e, e.args, repr(e))
print([k.__name__ for k in NotFound.__mro__])
def f():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e
try:
    f()
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during handling")
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise IndexError("b") from None
except IndexError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
def fin():
    try:
        return "try"
    finally:
        print("finally runs")
def fin_override():
    try:
        return "try"
    finally:
        return "finally"
def fin_swallow():
    try:
        raise ValueError
    finally:
        return "swallowed"
def loop_fin():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(fin(), fin_override(), fin_swallow(), loop_fin())
e = ValueError("a", 2)
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError("x")), str(KeyError("k")), str(KeyError()))
try:
    raise AppError
except TypeError as e:
    print("TypeError:", e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
def g():
    try:
        raise ValueError("inner")
    except ValueError:
        try:
            raise
        finally:
            print("reraise finally")
try:
    g()
except ValueError as e:
    print("got", e)
try:
    raise ExceptionGroup("eg", [ValueError(1)]) if False else OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, e, e.args)
print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError), BaseException in Exception.__mro__)
