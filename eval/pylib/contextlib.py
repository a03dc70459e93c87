"""The context-manager helpers of contextlib that asynchronous programs use:
contextmanager, asynccontextmanager, suppress, nullcontext, closing,
aclosing, ExitStack, AsyncExitStack and the abstract base classes.
pyasync's own implementation, in the Python it runs."""

import sys


class AbstractContextManager:
    """A base class of context managers: __enter__ returns self."""

    def __class_getitem__(cls, params):
        return cls

    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        return None


class AbstractAsyncContextManager:
    """A base class of async context managers: __aenter__ returns self."""

    def __class_getitem__(cls, params):
        return cls

    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, value, tb):
        return None


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


def _type_name(obj):
    cls = type(obj)
    return f"{cls.__module__}.{cls.__qualname__}"


def _handled_exception():
    """The exception being handled where this is called, or None."""
    exc_info = getattr(sys, "exc_info", None)
    if exc_info is not None:
        return exc_info()[1]
    try:
        raise
    except BaseException as exc:
        if (type(exc) is RuntimeError and exc.__context__ is None
                and exc.args == ("No active exception to reraise",)):
            return None
        return exc


def _relink_context(new_exc, old_exc, frame_exc):
    """new_exc was raised by an exit callback while the stack unwound
    old_exc: make old_exc its __context__, as if the callbacks had nested.
    Python set new_exc's implicit context to frame_exc (the exception
    being handled where the stack's exit ran), so the link to replace is
    the one that reaches frame_exc (or the end of the chain)."""
    exc = new_exc
    while True:
        ctx = exc.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is frame_exc:
            break
        exc = ctx
    exc.__context__ = old_exc


class _BaseExitStack:
    """The callback registry shared by ExitStack and AsyncExitStack. Each
    entry is (is_sync, callback taking (typ, value, tb))."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move the callbacks to a new stack of the same type and return it."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Register an exit callback: a context manager (its __exit__ is
        used) or a callable with __exit__'s signature. Returns exit."""
        cls = type(exit)
        try:
            exit_method = cls.__exit__
        except AttributeError:
            self._exit_callbacks.append((True, exit))
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter cm and push its __exit__; returns __enter__'s result."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{_type_name(cm)}' object does not support "
                            f"the context manager protocol") from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on exit; returns callback."""
        def _exit_wrapper(typ, value, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((True, _exit_wrapper))
        return callback

    def _push_cm_exit(self, cm, exit_method):
        def _exit_wrapper(typ, value, tb):
            return exit_method(cm, typ, value, tb)
        _exit_wrapper.__self__ = cm
        self._exit_callbacks.append((True, _exit_wrapper))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager that runs a dynamic stack of exit callbacks (last
    registered, first run) on exit."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received = exc_details[0] is not None
        frame_exc = _handled_exception()
        suppressed = False
        pending = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed = True
                    pending = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _relink_context(new_exc, exc_details[1], frame_exc)
                pending = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending:
            _reraise(exc_details[1])
        return received and suppressed

    def close(self):
        """Run the exit callbacks now."""
        self.__exit__(None, None, None)


def _reraise(exc):
    # Raising here would make the exception being handled exc's context:
    # keep the context the unwinding gave it.
    ctx = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = ctx
        raise


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for async with: it also takes async context managers and
    coroutine-function callbacks, awaited on exit."""

    async def enter_async_context(self, cm):
        """Enter the async context manager cm and push its __aexit__;
        returns __aenter__'s result."""
        cls = type(cm)
        try:
            aenter = cls.__aenter__
            aexit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{_type_name(cm)}' object does not support "
                            f"the asynchronous context manager protocol") from None
        result = await aenter(cm)
        self._push_async_cm_exit(cm, aexit)
        return result

    def push_async_exit(self, exit):
        """Register an async exit callback: an async context manager (its
        __aexit__ is used) or a coroutine function with __aexit__'s
        signature. Returns exit."""
        cls = type(exit)
        try:
            exit_method = cls.__aexit__
        except AttributeError:
            self._exit_callbacks.append((False, exit))
        else:
            self._push_async_cm_exit(exit, exit_method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register the coroutine function callback(*args, **kwds) to be
        awaited on exit; returns callback."""
        async def _exit_wrapper(typ, value, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    def _push_async_cm_exit(self, cm, exit_method):
        async def _exit_wrapper(typ, value, tb):
            return await exit_method(cm, typ, value, tb)
        _exit_wrapper.__self__ = cm
        self._exit_callbacks.append((False, _exit_wrapper))

    async def aclose(self):
        """Run (and await) the exit callbacks now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received = exc_details[0] is not None
        frame_exc = _handled_exception()
        suppressed = False
        pending = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if is_sync:
                    result = cb(*exc_details)
                else:
                    result = await cb(*exc_details)
                if result:
                    suppressed = True
                    pending = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _relink_context(new_exc, exc_details[1], frame_exc)
                pending = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending:
            _reraise(exc_details[1])
        return received and suppressed
