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
