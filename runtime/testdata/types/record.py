"""Records the expected results of the builtin-type test cases from CPython.

Each *.txt file next to this script holds one case per line:

    EXPRESSION ==> EXPECTED

where EXPECTED is repr() of the value, or "!ExceptionType: message" when
evaluating raises. Run `python3 record.py` (CPython 3.11) after adding or
changing cases: it rewrites every EXPECTED part. Blank lines and lines
starting with '#' are kept as they are. The fixtures below have Go twins in
types_test.go.
"""

import glob
import os
import warnings

SEP = " ==> "


def mut(obj, name, *args, **kwargs):
    getattr(obj, name)(*args, **kwargs)
    return obj


def call2(obj, name, *args, **kwargs):
    result = getattr(obj, name)(*args, **kwargs)
    return (result, obj)


def assign(obj, name, value):
    setattr(obj, name, value)
    return obj


def neg(x):
    return -x


def keylen(x):
    return len(x)


def add(a, b):
    return a + b


def iseven(x):
    return x % 2 == 0


def srt(x):
    return sorted(x)


def isone(e):
    return e.args == (1,)


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class IntLike:
    def __init__(self, n):
        self.n = n

    def __int__(self):
        return self.n


class FloatLike:
    def __init__(self, f):
        self.f = f

    def __float__(self):
        return self.f


class TruncLike:
    def __init__(self, n):
        self.n = n

    def __trunc__(self):
        return self.n


class Fmt:
    def __format__(self, spec):
        return "F<" + spec + ">"


class BadFmt:
    def __format__(self, spec):
        return 5


class Plain:
    pass


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Rev:
    def __reversed__(self):
        return iter([3, 2, 1])


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


class Mapping:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, k):
        return k * 2


class StrRepr:
    def __str__(self):
        return "strval"

    def __repr__(self):
        return "reprval"


class MyError(Exception):
    pass


class MyGroup(ExceptionGroup):
    pass


def evaluate(expr):
    try:
        return repr(eval(expr))
    except Exception as e:  # noqa: BLE001 - every error is an expectation
        msg = str(e)
        return "!" + type(e).__name__ + (": " + msg if msg else "")


def record(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f.read().splitlines():
            if not line.strip() or line.startswith("#"):
                out.append(line)
                continue
            expr = line.split(SEP)[0]
            out.append(expr + SEP + evaluate(expr))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    warnings.simplefilter("ignore")
    here = os.path.dirname(os.path.abspath(__file__))
    for path in sorted(glob.glob(os.path.join(here, "*.txt"))):
        record(path)
