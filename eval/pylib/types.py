"""The types module: the types of built-in objects, SimpleNamespace and the
coroutine decorator. pyasync's own implementation."""


def _f():
    pass


async def _c():
    pass


def _g():
    yield


async def _ag():
    yield


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(_f)
_co = _c()
CoroutineType = type(_co)
_co.close()  # no never-awaited warning for this one
GeneratorType = type(_g())
AsyncGeneratorType = type(_ag())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)


class SimpleNamespace:
    """An object whose attributes are its keyword arguments."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        for key, value in dict(mapping_or_iterable).items():
            setattr(self, key, value)
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"namespace({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


class _GeneratorAwaitable:
    """A generator made awaitable by @coroutine."""

    def __init__(self, gen):
        self._gen = gen

    def __await__(self):
        return self._gen

    def __iter__(self):
        return self._gen

    def __next__(self):
        return next(self._gen)

    def send(self, value):
        return self._gen.send(value)

    def throw(self, *args):
        return self._gen.throw(*args)

    def close(self):
        return self._gen.close()


def coroutine(func):
    """Make a generator function usable with await."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")

    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is GeneratorType:
            return _GeneratorAwaitable(result)
        return result

    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = func.__qualname__
    wrapper.__doc__ = func.__doc__
    return wrapper
