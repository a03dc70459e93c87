"""The containers of collections that asynchronous programs use: deque,
defaultdict, Counter, OrderedDict and namedtuple. pyasync's own
implementation, in the Python it runs.

pyasync cannot subclass dict or tuple, so defaultdict, Counter and
OrderedDict are classes wrapping a dict, and namedtuple makes classes
wrapping a tuple; they behave like their CPython counterparts in the common
operations, but isinstance(x, dict) / isinstance(p, tuple) are False."""

_iskeyword_set = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'])


################################################################################
# deque
################################################################################

class deque:
    """deque([iterable[, maxlen]]): a double-ended queue, optionally
    bounded (appending beyond maxlen drops items from the other end)."""

    def __class_getitem__(cls, params):
        return cls

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._items = []
        self._state = 0
        if iterable is not None:
            self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def _trim_left(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[:len(self._items) - self._maxlen]

    def _trim_right(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[self._maxlen:]

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        self._items.append(x)
        self._trim_left()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        self._items.insert(0, x)
        self._trim_right()

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._items:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._items.pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._items:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._items.pop(0)

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1). If n is
        negative, rotates left."""
        size = len(self._items)
        if size <= 1:
            return
        n = n % size
        if n:
            self._state += 1
            self._items[:] = self._items[-n:] + self._items[:-n]

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._items.clear()

    def copy(self):
        """Return a shallow copy of a deque."""
        return deque(self._items, self._maxlen)

    __copy__ = copy

    def count(self, x):
        """Return number of occurrences of value."""
        return self._items.count(x)

    def index(self, x, start=0, stop=None):
        """Return first index of value."""
        if stop is None:
            stop = len(self._items)
        try:
            return self._items.index(x, start, stop)
        except ValueError:
            raise ValueError(f"{x!r} is not in deque") from None

    def insert(self, i, x):
        """Insert value before index."""
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._state += 1
        self._items.insert(i, x)

    def remove(self, value):
        """Remove first occurrence of value."""
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError(f"{value!r} is not in deque") from None
        self._state += 1

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._state += 1
        self._items.reverse()

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError(
                f"sequence index must be integer, not '{type(i).__name__}'")
        size = len(self._items)
        if i < 0:
            i += size
        if i < 0 or i >= size:
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        self._state += 1
        del self._items[self._index(i)]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return len(self._items) > 0

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        items = self._items
        state = self._state
        for i in range(len(items)):
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield items[i]

    def __reversed__(self):
        items = self._items
        state = self._state
        for i in range(len(items) - 1, -1, -1):
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield items[i]

    def __repr__(self):
        if self._maxlen is None:
            return f"deque({self._items!r})"
        return f"deque({self._items!r}, maxlen={self._maxlen})"

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(
                f'can only concatenate deque (not "{type(other).__name__}") to deque')
        return deque(self._items + other._items, self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return deque(self._items * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items * n
        self.clear()
        self.extend(items)
        return self


################################################################################
# dict wrappers: defaultdict, Counter, OrderedDict
################################################################################

class _DictWrapper:
    """The dict methods, on a wrapped dict (self._data)."""

    def __class_getitem__(cls, params):
        return cls

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            pass
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __len__(self):
        return len(self._data)

    def __bool__(self):
        return len(self._data) > 0

    def __iter__(self):
        return iter(self._data)

    def __reversed__(self):
        return reversed(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def setdefault(self, key, default=None):
        return self._data.setdefault(key, default)

    _marker = object()

    def pop(self, key, default=_marker):
        if default is _DictWrapper._marker:
            return self._data.pop(key)
        return self._data.pop(key, default)

    def popitem(self):
        return self._data.popitem()

    def clear(self):
        self._data.clear()

    def update(self, other=(), **kwargs):
        if isinstance(other, _DictWrapper):
            other = other._data
        self._data.update(other, **kwargs)

    def __eq__(self, other):
        if isinstance(other, _DictWrapper):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, (dict, _DictWrapper)):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


def _dict_of(x):
    if isinstance(x, _DictWrapper):
        return x._data
    return x


class defaultdict(_DictWrapper):
    """defaultdict(default_factory=None, /, [...]): a dict that calls
    default_factory() to make the value of a missing key."""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        self._data = {}
        if len(args) > 1:
            raise TypeError(f"dict expected at most 1 argument, got {len(args)}")
        if args:
            self.update(_dict_of(args[0]))
        if kwargs:
            self.update(kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._data[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self._data)

    __copy__ = copy

    def __repr__(self):
        if self.default_factory is None:
            factory = "None"
        else:
            factory = repr(self.default_factory)
        return f"defaultdict({factory}, {self._data!r})"


class OrderedDict(_DictWrapper):
    """A dict that remembers insertion order, with move_to_end and
    popitem(last=...); equality between OrderedDicts is order-sensitive."""

    def __init__(self, other=(), **kwargs):
        self._data = {}
        self.update(_dict_of(other), **kwargs)

    def move_to_end(self, key, last=True):
        """Move an existing key to the end (or the beginning if last is
        false)."""
        value = self._data.pop(key)
        if last:
            self._data[key] = value
        else:
            rest = self._data
            self._data = {key: value}
            self._data.update(rest)

    def popitem(self, last=True):
        if not self._data:
            raise KeyError('dictionary is empty')
        if last:
            return self._data.popitem()
        key = next(iter(self._data))
        return key, self._data.pop(key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return (self._data == other._data
                    and list(self._data) == list(other._data))
        return _DictWrapper.__eq__(self, other)

    def copy(self):
        return OrderedDict(self._data)

    __copy__ = copy

    def __repr__(self):
        if not self._data:
            return "OrderedDict()"
        return f"OrderedDict({list(self._data.items())!r})"


class Counter(_DictWrapper):
    """Counter([iterable-or-mapping], **kwargs): a dict of counts; missing
    keys count zero."""

    def __init__(self, iterable=None, **kwargs):
        self._data = {}
        self.update(iterable, **kwargs)

    def __missing__(self, key):
        return 0

    def __delitem__(self, key):
        if key in self._data:
            del self._data[key]

    def total(self):
        """Sum of the counts."""
        return sum(self._data.values())

    def most_common(self, n=None):
        """The n most common elements and their counts, most common first
        (all of them if n is None); equal counts keep insertion order."""
        items = sorted(self._data.items(), key=lambda kv: kv[1], reverse=True)
        if n is None:
            return items
        return items[:max(n, 0)]

    def elements(self):
        """Each element repeated as many times as its count."""
        for elem, count in self._data.items():
            for _ in range(count):
                yield elem

    def update(self, iterable=None, **kwargs):
        """Add counts from an iterable or a mapping of counts."""
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrapper)):
                data = self._data
                for elem, count in iterable.items():
                    data[elem] = data.get(elem, 0) + count
            else:
                data = self._data
                for elem in iterable:
                    data[elem] = data.get(elem, 0) + 1
        if kwargs:
            self.update(kwargs)

    def subtract(self, iterable=None, **kwargs):
        """Subtract counts from an iterable or a mapping of counts."""
        if iterable is not None:
            data = self._data
            if isinstance(iterable, (dict, _DictWrapper)):
                for elem, count in iterable.items():
                    data[elem] = data.get(elem, 0) - count
            else:
                for elem in iterable:
                    data[elem] = data.get(elem, 0) - 1
        if kwargs:
            self.subtract(kwargs)

    def copy(self):
        return Counter(self)

    __copy__ = copy

    def __repr__(self):
        if not self._data:
            return "Counter()"
        inner = ", ".join(f"{k!r}: {v!r}" for k, v in self.most_common())
        return f"Counter({{{inner}}})"

    def __eq__(self, other):
        if not isinstance(other, Counter):
            if isinstance(other, dict):
                return self._data == other
            return NotImplemented
        for k in self._data:
            if self[k] != other[k]:
                return False
        for k in other._data:
            if self[k] != other[k]:
                return False
        return True

    def _positive(self):
        result = Counter()
        for elem, count in self._data.items():
            if count > 0:
                result._data[elem] = count
        return result

    def _merge(self, other, combine):
        """The Counter of combine(self[e], other[e]) for the elements of
        self, then those only in other, keeping the positive results."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self._data.items():
            n = combine(count, other[elem])
            if n > 0:
                result._data[elem] = n
        for elem, count in other._data.items():
            if elem not in self._data:
                n = combine(0, count)
                if n > 0:
                    result._data[elem] = n
        return result

    def __add__(self, other):
        return self._merge(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._merge(other, lambda a, b: a - b)

    def __or__(self, other):
        return self._merge(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        return self._merge(other, lambda a, b: a if a < b else b)

    def __pos__(self):
        return self._positive()

    def __neg__(self):
        result = Counter()
        for elem, count in self._data.items():
            if count < 0:
                result._data[elem] = 0 - count
        return result

    def __iadd__(self, other):
        for elem, count in other._data.items():
            self._data[elem] = self._data.get(elem, 0) + count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other._data.items():
            self._data[elem] = self._data.get(elem, 0) - count
        return self._keep_positive()

    def _keep_positive(self):
        for elem in [e for e, c in self._data.items() if not c > 0]:
            del self._data[elem]
        return self


################################################################################
# namedtuple
################################################################################

class _NamedTupleBase:
    """The tuple behaviour of namedtuple classes, over self._tuple."""

    def __setattr__(self, name, value):
        if name in type(self)._fields:
            raise AttributeError("can't set attribute")
        raise AttributeError(
            f"'{type(self).__name__}' object has no attribute '{name}'")

    def __delattr__(self, name):
        if name in type(self)._fields:
            raise AttributeError("can't delete attribute")
        raise AttributeError(
            f"'{type(self).__name__}' object has no attribute '{name}'")

    def __getitem__(self, i):
        return self._tuple[i]

    def __iter__(self):
        return iter(self._tuple)

    def __reversed__(self):
        return reversed(self._tuple)

    def __len__(self):
        return len(self._tuple)

    def __contains__(self, x):
        return x in self._tuple

    def __bool__(self):
        return len(self._tuple) > 0

    def __hash__(self):
        return hash(self._tuple)

    def __eq__(self, other):
        other = _as_tuple(other)
        if other is NotImplemented:
            return other
        return self._tuple == other

    def __ne__(self, other):
        other = _as_tuple(other)
        if other is NotImplemented:
            return other
        return self._tuple != other

    def __lt__(self, other):
        other = _as_tuple(other)
        if other is NotImplemented:
            return other
        return self._tuple < other

    def __le__(self, other):
        other = _as_tuple(other)
        if other is NotImplemented:
            return other
        return self._tuple <= other

    def __gt__(self, other):
        other = _as_tuple(other)
        if other is NotImplemented:
            return other
        return self._tuple > other

    def __ge__(self, other):
        other = _as_tuple(other)
        if other is NotImplemented:
            return other
        return self._tuple >= other

    def __add__(self, other):
        other = _as_tuple(other)
        if other is NotImplemented:
            return other
        return self._tuple + other

    def __radd__(self, other):
        other = _as_tuple(other)
        if other is NotImplemented:
            return other
        return other + self._tuple

    def __mul__(self, n):
        return self._tuple * n

    __rmul__ = __mul__

    def count(self, x):
        return self._tuple.count(x)

    def index(self, x, *args):
        return self._tuple.index(x, *args)

    def __repr__(self):
        fields = ", ".join(f"{name}={value!r}"
                           for name, value in zip(self._fields, self._tuple))
        return f"{type(self).__name__}({fields})"

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self._tuple))

    def _replace(self, **kwds):
        """Return a new instance replacing the given fields with new values."""
        values = []
        for name, value in zip(self._fields, self._tuple):
            if name in kwds:
                values.append(kwds.pop(name))
            else:
                values.append(value)
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return type(self)._make(values)

    def __getnewargs__(self):
        return self._tuple

    def __copy__(self):
        return self


def _as_tuple(x):
    if isinstance(x, tuple):
        return x
    if isinstance(x, _NamedTupleBase):
        return x._tuple
    return NotImplemented


def _join_names(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _field_getter(index, doc):
    def get(self):
        return self._tuple[index]

    # The setter and deleter only raise; __setattr__ would, but pyasync
    # lets a property take precedence over a class's __setattr__.
    def set(self, value):
        raise AttributeError("can't set attribute")

    def delete(self):
        raise AttributeError("can't delete attribute")
    return property(get, set, delete, doc=doc)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """namedtuple('Point', ['x', 'y']): a class of tuple-like records
    with named fields.

    pyasync: the class's __module__ is module if given, else '__main__'."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _iskeyword_set
                    or name.startswith('_') or name in seen):
                field_names[index] = f"_{index}"
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError(
                f"Type names and field names must be valid identifiers: {name!r}")
        if name in _iskeyword_set:
            raise ValueError(
                f"Type names and field names cannot be a keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)

    fields = tuple(field_names)
    nfields = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[nfields - len(defaults):], defaults))
    new_name = typename + ".__new__"

    def __init__(self, *args, **kwargs):
        nargs = len(args)
        if nargs > nfields:
            ndef = len(field_defaults)
            if ndef:
                takes = f"from {nfields - ndef + 1} to {nfields + 1} positional arguments"
            else:
                takes = f"{nfields + 1} positional argument" + ("" if nfields == 0 else "s")
            given = nargs + 1
            raise TypeError(
                f"{new_name}() takes {takes} but {given} "
                f"{'was' if given == 1 else 'were'} given")
        values = list(args)
        missing = []
        for i in range(nargs, nfields):
            name = fields[i]
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing.append(name)
                values.append(None)
        for name in kwargs:
            if name in fields:
                raise TypeError(f"{new_name}() got multiple values for argument {name!r}")
            raise TypeError(f"{new_name}() got an unexpected keyword argument {name!r}")
        if missing:
            n = len(missing)
            raise TypeError(
                f"{new_name}() missing {n} required positional argument"
                f"{'' if n == 1 else 's'}: {_join_names(missing)}")
        object.__setattr__(self, '_tuple', tuple(values))

    __init__.__qualname__ = new_name

    def _make(cls, iterable):
        """Make a new object from a sequence or iterable."""
        values = tuple(iterable)
        if len(values) != nfields:
            raise TypeError(f"Expected {nfields} arguments, got {len(values)}")
        # pyasync has no object.__new__: construct through __init__.
        return cls(*values)

    namespace = {
        '__doc__': f"{typename}({', '.join(fields)})",
        '__module__': module if module is not None else '__main__',
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__match_args__': fields,
        '__init__': __init__,
        '_make': classmethod(_make),
    }
    for index, name in enumerate(fields):
        namespace[name] = _field_getter(index, f"Alias for field number {index}")
    return type(typename, (_NamedTupleBase,), namespace)
