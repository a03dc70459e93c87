"""The context-manager helpers of contextlib that asynchronous programs use:
contextmanager, asynccontextmanager, suppress, nullcontext, closing and
aclosing. pyasync's own implementation, in the Python it runs."""


class _GeneratorCM:
    """The context manager a @contextmanager function returns: the code
    before its yield runs on entry, the code after it on exit."""

    def __init__(self, func, args, kwargs):
        self.gen = func(*args, **kwargs)

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as stop:
            # The generator swallowed the exception: suppress it.
            return stop is not value
        except BaseException as exc:
            if exc is value:
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorCM:
    """The async context manager an @asynccontextmanager function returns."""

    def __init__(self, func, args, kwargs):
        self.gen = func(*args, **kwargs)

    async def __aenter__(self):
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, tb):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as stop:
            return stop is not value
        except BaseException as exc:
            if exc is value:
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)) and exc.__cause__ is value:
                return False
            raise
        raise RuntimeError("generator didn't stop after athrow()")


def _named_like(wrapper, func):
    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = func.__qualname__
    wrapper.__doc__ = func.__doc__
    wrapper.__wrapped__ = func
    return wrapper


def contextmanager(func):
    """Make a generator function into a context manager factory."""
    def helper(*args, **kwargs):
        return _GeneratorCM(func, args, kwargs)
    return _named_like(helper, func)


def asynccontextmanager(func):
    """Make an async generator function into an async context manager
    factory."""
    def helper(*args, **kwargs):
        return _AsyncGeneratorCM(func, args, kwargs)
    return _named_like(helper, func)


class suppress:
    """Suppress the given exception types in the with block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, typ, value, tb):
        return typ is not None and issubclass(typ, self._exceptions)


class nullcontext:
    """A context manager (sync or async) that does nothing but return its
    argument on entry."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *exc):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *exc):
        pass


class closing:
    """Call thing.close() on exit."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc):
        self.thing.close()


class aclosing:
    """Await thing.aclose() on exit (for async generators)."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc):
        await self.thing.aclose()
