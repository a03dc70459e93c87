import sys
from contextlib import contextmanager, suppress, nullcontext, closing


@contextmanager
def tag(name, out):
    out.append(f"<{name}>")
    try:
        yield name
    finally:
        out.append(f"</{name}>")


out = []
with tag("html", out):
    with tag("body", out) as t:
        out.append(t.upper())
print("".join(out))


@contextmanager
def error_boundary(label):
    try:
        yield
    except (ValueError, KeyError) as e:
        print(f"{label}: swallowed {type(e).__name__}: {e}")


with error_boundary("parse"):
    int("abc")
with error_boundary("lookup"):
    {}["missing"]
try:
    with error_boundary("math"):
        1 / 0
except ZeroDivisionError as e:
    print("escaped:", e)

with suppress(FileNotFoundError, IndexError):
    [][1]
print("after suppress")


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else "-")
        return False

    def close(self):
        print("closing()", self.name)


with nullcontext(42) as v:
    print("nullcontext gave", v)

with closing(Resource("sock")) as r:
    print("have", r.name)

with Resource("p") as p, Resource("q") as q:
    print(p.name + q.name)


@contextmanager
def redirect(lst):
    old = sys.stdout

    class Capture:
        def write(self, s):
            lst.append(s)

        def flush(self):
            pass

    sys.stdout = Capture()
    try:
        yield
    finally:
        sys.stdout = old


captured = []
with redirect(captured):
    print("hidden", 1, 2)
print("captured:", captured)
