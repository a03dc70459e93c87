"""Records the expected results of the builtin-function test cases from CPython.

The *.txt files next to this script use the format of ../types/record.py:

    EXPRESSION ==> EXPECTED

where EXPECTED is repr() of the value, or "!ExceptionType: message" when
evaluating raises (any BaseException, so that exit() can be tested). Run
`python3 record.py` (CPython 3.11) after adding or changing cases. The cases
may use the fixtures of ../types/record.py and those below; all have Go
twins in builtins_test.go and types_test.go.
"""

import glob
import importlib.util
import io
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = " ==> "


def shared_fixtures():
    """The public names of ../types/record.py."""
    path = os.path.join(HERE, "..", "types", "record.py")
    spec = importlib.util.spec_from_file_location("types_record", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {k: v for k, v in vars(module).items() if not k.startswith("_")}


globals().update(shared_fixtures())


class Mag:
    """Implements the numeric protocol of abs, round, divmod and pow."""

    def __abs__(self):
        return "abs"

    def __round__(self, n=None):
        return ("round", n)

    def __divmod__(self, other):
        return ("divmod", other)

    def __rdivmod__(self, other):
        return ("rdivmod", other)

    def __pow__(self, other, mod=None):
        return ("pow", other, mod)


class Counter:
    """A callable returning 1, 2, 3, ..."""

    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


class Dirs:
    def __dir__(self):
        return ["b", "a"]


class Anything:
    """Accepts every instance and subclass check."""

    def __instancecheck__(self, obj):
        return True

    def __subclasscheck__(self, cls):
        return True


class Props:
    @property
    def gone(self):
        raise AttributeError("gone")

    @property
    def broken(self):
        raise ValueError("broken")


class StopsWith:
    """An iterator whose __next__ raises StopIteration(42)."""

    def __next__(self):
        raise StopIteration(42)


class Recorder:
    """A file recording the calls print makes."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        self.parts.append("<flush>")


def public(names):
    return [n for n in names if not n.startswith("_")]


def printparts(*args, **kwargs):
    """The write and flush calls of print(*args, file=Recorder(), **kwargs)."""
    rec = Recorder()
    print(*args, file=rec, **kwargs)
    return rec.parts


def captured(stream, fn, *args, **kwargs):
    """fn(*args, **kwargs)'s result and what it wrote to sys.<stream>."""
    old = getattr(sys, stream)
    setattr(sys, stream, io.StringIO())
    try:
        result = fn(*args, **kwargs)
        return (result, getattr(sys, stream).getvalue())
    finally:
        setattr(sys, stream, old)


def printerr(*args, **kwargs):
    """print(*args, file=sys.stderr, **kwargs)."""
    return print(*args, file=sys.stderr, **kwargs)


def inputfrom(text, *args):
    """input(*args) reading text, with the prompt it wrote to stdout."""
    old = sys.stdin
    sys.stdin = io.StringIO(text)
    try:
        return captured("stdout", input, *args)
    finally:
        sys.stdin = old


def evaluate(expr):
    try:
        return repr(eval(expr))
    except BaseException as e:  # noqa: BLE001 - every error is an expectation
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
    for path in sorted(glob.glob(os.path.join(HERE, "*.txt"))):
        record(path)
