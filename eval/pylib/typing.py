"""The names of typing that annotations of asynchronous programs use. They
exist to be written in annotations (subscripted, printed); pyasync does not
check types. pyasync's own implementation."""

TYPE_CHECKING = False


class _Special:
    """A typing name such as List or AsyncIterator: subscripting it gives
    an alias that prints like typing's."""

    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Alias(self._name, params)

    def __repr__(self):
        return "typing." + self._name

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated")


def _type_repr(t):
    if isinstance(t, type):
        if t.__module__ == "builtins":
            return t.__qualname__
        return t.__module__ + "." + t.__qualname__
    if t is Ellipsis:
        return "..."
    if t is None:
        return "None"
    return repr(t)


class _Alias:
    """A subscripted typing name, e.g. Dict[str, int]."""

    def __init__(self, name, params):
        self._name = name
        self.__args__ = params

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Alias(self._name, params)

    def __repr__(self):
        args = ", ".join(_type_repr(a) for a in self.__args__)
        return f"typing.{self._name}[{args}]"

    def __eq__(self, other):
        return isinstance(other, _Alias) and (self._name, self.__args__) == (other._name, other.__args__)

    def __hash__(self):
        return hash((self._name, self.__args__))


class TypeVar:
    """A type variable: T = TypeVar("T")."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound

    def __repr__(self):
        return "~" + self.__name__


class Generic:
    """Base class of generic classes: class Box(Generic[T])."""

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    """Base class of structural types."""


def cast(typ, value):
    """Return value unchanged."""
    return value


def overload(func):
    return func


def final(f):
    return f


Any = _Special("Any")
Union = _Special("Union")
Optional = _Special("Optional")
Callable = _Special("Callable")
Awaitable = _Special("Awaitable")
Coroutine = _Special("Coroutine")
AsyncIterable = _Special("AsyncIterable")
AsyncIterator = _Special("AsyncIterator")
AsyncGenerator = _Special("AsyncGenerator")
Iterable = _Special("Iterable")
Iterator = _Special("Iterator")
Generator = _Special("Generator")
Sequence = _Special("Sequence")
Mapping = _Special("Mapping")
MutableMapping = _Special("MutableMapping")
List = _Special("List")
Dict = _Special("Dict")
Set = _Special("Set")
FrozenSet = _Special("FrozenSet")
Tuple = _Special("Tuple")
Type = _Special("Type")
Literal = _Special("Literal")
ClassVar = _Special("ClassVar")
Final = _Special("Final")
NoReturn = _Special("NoReturn")


# NamedTuple. pyasync has no metaclasses: a class statement
# `class Point(NamedTuple): x: int; y: int = 0` reaches NamedTuple through
# __init_subclass__, which turns the annotated fields into a namedtuple's
# (collections.namedtuple makes the constructor and field properties this
# copies into the class). Calling NamedTuple('Point', [('x', int)]) makes
# such a class too.

_NT_PROHIBITED = frozenset(['__new__', '__init__', '__slots__', '__getnewargs__',
                            '_fields', '_field_defaults', '_make', '_replace',
                            '_asdict', '_source'])


def _nt_base():
    from collections import _NamedTupleBase
    return _NamedTupleBase


class NamedTuple(_nt_base()):
    """Typed version of namedtuple: subclass it with annotated fields."""

    def __new__(cls, *args, **kwargs):
        if cls is NamedTuple:
            return _make_named_tuple(*args, **kwargs)
        return object.__new__(cls)

    def __init_subclass__(cls, **kwargs):
        if NamedTuple in cls.__bases__:
            _nt_setup(cls)


def _nt_setup(cls):
    if len(cls.__bases__) > 1:
        raise TypeError("can only inherit from a NamedTuple type and Generic")
    from collections import namedtuple
    ns = cls.__dict__
    types = dict(ns.get('__annotations__', {}))
    fields = list(types)
    defaults = []
    for name in fields:
        if name in ns:
            defaults.append(ns[name])
        elif defaults:
            default_names = ", ".join(fields[:fields.index(name)][-len(defaults):])
            s = "s" if len(defaults) > 1 else ""
            raise TypeError(f"Non-default namedtuple field {name} "
                            f"cannot follow default field{s} {default_names}")
    for key in ns:
        if key in _NT_PROHIBITED:
            raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
    model = namedtuple(cls.__name__, fields, defaults=defaults,
                       module=cls.__module__)
    model_ns = model.__dict__
    for key in ['__init__', '_make', '_fields', '_field_defaults',
                '__match_args__'] + fields:
        setattr(cls, key, model_ns[key])
    if ns.get('__doc__') is None:
        cls.__doc__ = model_ns['__doc__']
    cls.__annotations__ = types


def _make_named_tuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    annotations = {}
    for item in fields:
        name, typ = item
        annotations[name] = typ
    cls = type(typename, (NamedTuple,),
               {'__annotations__': annotations, '__module__': '__main__'})
    if '_fields' not in cls.__dict__:
        # pyasync's type() may not have run __init_subclass__.
        _nt_setup(cls)
    return cls
