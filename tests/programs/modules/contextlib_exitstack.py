# contextlib.ExitStack: enter_context, push, callback, pop_all, close,
# suppression, and chaining when several exit callbacks raise.
import contextlib
from contextlib import ExitStack, AbstractContextManager


class CM:
    def __init__(self, name, log, suppress=False, fail=None):
        self.name = name
        self.log = log
        self.suppress = suppress
        self.fail = fail

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, typ, value, tb):
        self.log.append(f"exit {self.name} {typ.__name__ if typ else None} {value!r}")
        if self.fail is not None:
            raise self.fail
        return self.suppress


log = []
with ExitStack() as stack:
    got = [stack.enter_context(CM(n, log)) for n in "abc"]
    print("entered", got)
    def note(msg):
        log.append(msg)
    r = stack.callback(note, "callback")
    print("callback returns the function:", r is note)
    stack.callback(lambda *a, **k: log.append(("cb", a, k)), 1, 2, key=3)
print(log)

# push with a plain function and with a context manager
log = []
def exit_fn(typ, value, tb):
    log.append(("exit_fn", typ, value))
    return False

with ExitStack() as stack:
    print(stack.push(exit_fn) is exit_fn)
    cm = CM("pushed", log)
    print(stack.push(cm) is cm)
print(log)

# suppression: a callback returning true swallows the exception; callbacks
# pushed earlier then see no exception
log = []
with ExitStack() as stack:
    stack.push(exit_fn)
    stack.enter_context(CM("sup", log, suppress=True))
    stack.enter_context(CM("inner", log))
    raise ValueError("boom")
print("after suppressed with:", log)

# pop_all transfers the callbacks
log = []
with ExitStack() as stack:
    stack.callback(log.append, "one")
    stack.callback(log.append, "two")
    moved = stack.pop_all()
    print(type(moved).__name__, log)
print("after with:", log)
moved.close()
print("after close:", log)
moved.close()
print("second close:", log)

# several callbacks raise: each later exception chains to the earlier one
def raiser(exc):
    def cb(*args):
        raise exc
    return cb

try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError("third")))
        stack.push(raiser(IndexError("second")))
        stack.push(raiser(ZeroDivisionError("first")))
        raise ValueError("body")
except Exception as e:
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print("chain:", chain)

# an exception raised, then a later callback suppresses it
log = []
with ExitStack() as stack:
    stack.enter_context(CM("suppressor", log, suppress=True))
    stack.push(raiser(RuntimeError("from callback")))
print("suppressed callback error:", log)

# close() with a callback that raises, outside any exception
try:
    stack = ExitStack()
    stack.callback(log.append, "never mind")
    stack.push(raiser(OSError("close failed")))
    stack.close()
except OSError as e:
    print("close raised", repr(e), e.__context__)

# close() inside an except block
try:
    raise LookupError("handled")
except LookupError:
    stack = ExitStack()
    stack.push(raiser(TypeError("in handler")))
    try:
        stack.close()
    except TypeError as e:
        print("context in handler:", repr(e.__context__))

# an exception from a callback replaces the body's, with it as context
try:
    with ExitStack() as stack:
        stack.enter_context(CM("failing", [], fail=AttributeError("exit failed")))
        raise ValueError("body error")
except AttributeError as e:
    print(repr(e), "context:", repr(e.__context__))

# enter_context on something that is not a context manager
try:
    ExitStack().enter_context(42)
except TypeError as e:
    print("TypeError:", e)

class Quiet:
    pass

try:
    ExitStack().enter_context(Quiet())
except TypeError as e:
    print("TypeError:", e)

# the exit status of __exit__
s = ExitStack()
print(s.__enter__() is s, s.__exit__(None, None, None))
s.push(lambda *a: True)
print(s.__exit__(ValueError, ValueError(), None))

# AbstractContextManager
class Resource(AbstractContextManager):
    def __exit__(self, *exc):
        print("Resource exit", exc[0])

with Resource() as r:
    print(type(r).__name__)

class Plain(AbstractContextManager):
    def __exit__(self, *exc):
        return None

with Plain() as p:
    print("plain enter returns self:", isinstance(p, Plain))

# a nested stack as a context manager
log = []
with ExitStack() as outer:
    inner = outer.enter_context(ExitStack())
    inner.callback(log.append, "inner cb")
    outer.callback(log.append, "outer cb")
print(log)
