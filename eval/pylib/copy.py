"""copy: shallow and deep copies. pyasync's own implementation, in the
Python it runs. Objects may define __copy__ and __deepcopy__(memo);
others are copied by making an instance of their class without calling
__init__ and copying their __dict__ (and __slots__)."""


class Error(Exception):
    pass


error = Error

# Values that are their own copies.
_atomic = (type(None), int, float, bool, str, type, range, type(len),
           type(lambda: None), type(Ellipsis), type(NotImplemented))


def _state(x):
    """x's instance state: its __dict__ and slot values, by name."""
    state = dict(getattr(x, "__dict__", {}))
    for klass in type(x).__mro__:
        slots = klass.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ("__dict__", "__weakref__") and hasattr(x, name):
                state[name] = getattr(x, name)
    return state


def _rebuild(x, state):
    y = type(x).__new__(type(x))
    for name, value in state.items():
        object.__setattr__(y, name, value)
    return y


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if isinstance(x, _atomic) or cls is tuple or cls is frozenset:
        return x
    if cls in (list, dict, set):
        return x.copy()
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    if isinstance(x, list):
        y = _rebuild(x, _state(x))
        y.extend(x)
        return y
    if isinstance(x, dict):
        y = _rebuild(x, _state(x))
        y.update(x)
        return y
    if isinstance(x, BaseException):
        y = cls(*x.args)
        y.__dict__.update(x.__dict__)
        return y
    return _rebuild(x, _state(x))


def deepcopy(x, memo=None):
    """A deep copy of x: the objects it contains are copied too, each
    once (memo maps id(original) to its copy)."""
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    if isinstance(x, _atomic):
        return x
    if cls is tuple:
        items = [deepcopy(v, memo) for v in x]
        if key in memo:
            return memo[key]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is frozenset:
        y = frozenset(deepcopy(v, memo) for v in x)
    elif cls is list:
        y = []
        memo[key] = y
        y.extend(deepcopy(v, memo) for v in x)
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = {deepcopy(v, memo) for v in x}
    elif getattr(cls, "__deepcopy__", None) is not None:
        y = cls.__deepcopy__(x, memo)
    else:
        y = _rebuild(x, {})
        memo[key] = y
        if isinstance(x, list):
            y.extend(deepcopy(v, memo) for v in x)
        elif isinstance(x, dict):
            for k, v in x.items():
                y[deepcopy(k, memo)] = deepcopy(v, memo)
        for name, value in _state(x).items():
            object.__setattr__(y, name, deepcopy(value, memo))
    if y is not x:
        memo[key] = y
        memo.setdefault(id(memo), []).append(x)  # keep x alive, as CPython does
    return y
