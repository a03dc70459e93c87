"""The parts of dataclasses that asynchronous programs use: @dataclass
(__init__, __repr__, __eq__, order, frozen, __post_init__), field, fields,
asdict, astuple, replace, is_dataclass. pyasync's own implementation, in
the Python it runs: the generated methods are closures over the field list
rather than compiled source."""


class _MissingType:
    def __repr__(self):
        return "<dataclasses._MISSING_TYPE object>"


MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    """The description of one field of a dataclass."""

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},"
                f"default={self.default!r},default_factory={self.default_factory!r},"
                f"init={self.init!r},repr={self.repr!r},hash={self.hash!r},"
                f"compare={self.compare!r},metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r})")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a dataclass field: its default or default_factory, and
    whether it is in __init__, __repr__ and the comparisons."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return (annotation.startswith("ClassVar")
                or annotation.startswith("typing.ClassVar"))
    return repr(annotation).startswith("typing.ClassVar")


def _is_unhashable_default(value):
    if isinstance(value, (list, dict, set)):
        return True
    return getattr(type(value), '__hash__', 0) is None


def _join_names(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _make_init(cls, fields_list, frozen):
    qualname = cls.__qualname__ + ".__init__"
    init_fields = [f for f in fields_list if f.init]
    positional = [f for f in init_fields if not f.kw_only]
    keyword = [f for f in init_fields if f.kw_only]
    npos = len(positional)
    ndefaults = len([f for f in positional
                     if f.default is not MISSING or f.default_factory is not MISSING])
    names = [f.name for f in init_fields]

    def __init__(self, *args, **kwargs):
        if len(args) > npos:
            if ndefaults:
                takes = f"from {npos - ndefaults + 1} to {npos + 1} positional arguments"
            else:
                takes = f"{npos + 1} positional argument" + ("" if npos == 0 else "s")
            given = len(args) + 1
            raise TypeError(f"{qualname}() takes {takes} but {given} "
                            f"{'was' if given == 1 else 'were'} given")
        for name in kwargs:
            if name not in names:
                raise TypeError(
                    f"{qualname}() got an unexpected keyword argument {name!r}")
        values = {}
        for i, value in enumerate(args):
            name = positional[i].name
            if name in kwargs:
                raise TypeError(
                    f"{qualname}() got multiple values for argument {name!r}")
            values[name] = value
        missing_pos = []
        missing_kw = []
        for f in init_fields:
            if f.name in values:
                continue
            if f.name in kwargs:
                values[f.name] = kwargs[f.name]
            elif f.default is not MISSING:
                values[f.name] = f.default
            elif f.default_factory is not MISSING:
                values[f.name] = f.default_factory()
            elif f.kw_only:
                missing_kw.append(f.name)
            else:
                missing_pos.append(f.name)
        if missing_pos:
            n = len(missing_pos)
            raise TypeError(
                f"{qualname}() missing {n} required positional argument"
                f"{'' if n == 1 else 's'}: {_join_names(missing_pos)}")
        if missing_kw:
            n = len(missing_kw)
            raise TypeError(
                f"{qualname}() missing {n} required keyword-only argument"
                f"{'' if n == 1 else 's'}: {_join_names(missing_kw)}")
        for f in fields_list:
            if f.init:
                value = values[f.name]
            elif f.default is not MISSING:
                value = f.default
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        post_init = getattr(self, '__post_init__', None)
        if post_init is not None:
            post_init()

    __init__.__qualname__ = qualname
    return __init__


def _make_repr(cls, fields_list):
    shown = [f.name for f in fields_list if f.repr]

    def __repr__(self):
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        return f"{type(self).__qualname__}({inner})"
    __repr__.__qualname__ = cls.__qualname__ + ".__repr__"
    return __repr__


def _compare_tuple(obj, names):
    return tuple(getattr(obj, name) for name in names)


def _make_comparisons(cls, fields_list, eq, order):
    names = [f.name for f in fields_list if f.compare]
    methods = {}
    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _compare_tuple(self, names) == _compare_tuple(other, names)
            return NotImplemented
        methods['__eq__'] = __eq__
    if order:
        def __lt__(self, other):
            if other.__class__ is self.__class__:
                return _compare_tuple(self, names) < _compare_tuple(other, names)
            return NotImplemented

        def __le__(self, other):
            if other.__class__ is self.__class__:
                return _compare_tuple(self, names) <= _compare_tuple(other, names)
            return NotImplemented

        def __gt__(self, other):
            if other.__class__ is self.__class__:
                return _compare_tuple(self, names) > _compare_tuple(other, names)
            return NotImplemented

        def __ge__(self, other):
            if other.__class__ is self.__class__:
                return _compare_tuple(self, names) >= _compare_tuple(other, names)
            return NotImplemented
        methods['__lt__'] = __lt__
        methods['__le__'] = __le__
        methods['__gt__'] = __gt__
        methods['__ge__'] = __ge__
    return methods


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only):
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    all_fields = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = base.__dict__.get('__dataclass_fields__')
        if base_fields is not None:
            for f in base_fields.values():
                all_fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    for name, annotation in annotations.items():
        if _is_classvar(annotation):
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = annotation
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if f.default is not MISSING and _is_unhashable_default(f.default):
            raise ValueError(
                f"mutable default {type(f.default)!r} for field {name} is not "
                "allowed: use default_factory")
        # The class attribute is the plain default, or nothing.
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        all_fields[name] = f
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    fields_list = list(all_fields.values())
    seen_default = False
    for f in fields_list:
        if not f.init or f.kw_only:
            continue
        if f.default is MISSING and f.default_factory is MISSING:
            if seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
        else:
            seen_default = True

    cls.__dataclass_fields__ = all_fields
    if init:
        cls.__init__ = _make_init(cls, fields_list, frozen)
    if repr and '__repr__' not in cls.__dict__:
        cls.__repr__ = _make_repr(cls, fields_list)
    for name, method in _make_comparisons(cls, fields_list, eq,
                                          order).items():
        if name in cls.__dict__ and name != '__eq__':
            raise TypeError(
                f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                "Consider using functools.total_ordering")
        if name not in cls.__dict__:
            setattr(cls, name, method)
    hash_names = [f.name for f in fields_list
                  if (f.compare if f.hash is None else f.hash)]
    has_own_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash or (eq and frozen):
        def __hash__(self):
            return hash(_compare_tuple(self, hash_names))
        cls.__hash__ = __hash__
    elif eq and not has_own_hash:
        cls.__hash__ = None
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            object.__delattr__(self, name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in fields_list
                                   if f.init and not f.kw_only)
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Class decorator: add __init__, __repr__ and __eq__ (and with
    order=True the orderings, with frozen=True immutability) from the
    class's annotated fields. @dataclass or @dataclass(...)."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def fields(class_or_instance):
    """The Field objects of a dataclass or an instance of one."""
    try:
        all_fields = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(all_fields.values())


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def _convert(obj, dict_factory, as_tuple):
    if _is_dataclass_instance(obj):
        if as_tuple:
            return tuple(_convert(getattr(obj, f.name), dict_factory, as_tuple)
                         for f in fields(obj))
        return dict_factory([(f.name, _convert(getattr(obj, f.name), dict_factory, as_tuple))
                             for f in fields(obj)])
    if isinstance(obj, list):
        return [_convert(v, dict_factory, as_tuple) for v in obj]
    if isinstance(obj, tuple):
        return tuple(_convert(v, dict_factory, as_tuple) for v in obj)
    if isinstance(obj, dict):
        return {_convert(k, dict_factory, as_tuple): _convert(v, dict_factory, as_tuple)
                for k, v in obj.items()}
    return obj


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory, False)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return tuple_factory(_convert(obj, dict, True))


def replace(obj, **changes):
    """A new instance of obj's class with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with "
                                 "init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)
