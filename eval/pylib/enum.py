"""Enumerations: Enum, Flag, auto and unique. pyasync's own
implementation, in the Python it runs.

Members are singleton instances of their enum class, made by the EnumType
metaclass from the non-descriptor, non-dunder names of the class body.

Differences from CPython:
  * pyasync cannot subclass int or str, so there is no IntEnum, StrEnum or
    IntFlag (and no mixed-in data types: an enum's values are plain values).
  * pyasync does not call a metaclass's __prepare__, so defining the same
    member name twice in a class body silently keeps the last value instead
    of raising TypeError.
  * __members__ is a fresh dict (pyasync has no mappingproxy).
  * Flag supports the default STRICT boundary only.
"""

import types as _types

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'Flag', 'auto', 'unique']


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()
_internal_set = False


class auto:
    """Instances are replaced with an appropriate value in Enum class
    suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return (len(name) > len(pattern) and name.startswith(pattern)
            and not name.endswith('__'))


def _is_descriptor(obj):
    if isinstance(obj, (_types.FunctionType, classmethod, staticmethod,
                        property, type)):
        return True
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_single_bit(num):
    return num != 0 and (num & (num - 1)) == 0


def _bits(num):
    """The single-bit values set in num, lowest first."""
    out = []
    bit = 1
    while bit <= num:
        if num & bit:
            out.append(bit)
        bit <<= 1
    return out


class EnumType(type):
    """Metaclass for Enum."""

    def __new__(metacls, cls, bases, classdict, boundary=None, **kwds):
        # An enum with members cannot be extended.
        member_type = object
        enum_base = None
        for base in bases:
            for c in base.__mro__:
                if isinstance(c, EnumType):
                    if c.__dict__.get('_member_names_'):
                        raise TypeError('<enum %r> cannot extend %s'
                                        % (cls, _cls_repr(c)))
                    if enum_base is None:
                        enum_base = c
        # Collect the members from the class body.
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        gen = classdict.get('_generate_next_value_')
        if gen is None:
            for base in bases:
                gen = getattr(base, '_generate_next_value_', None)
                if gen is not None:
                    break
        elif isinstance(gen, staticmethod):
            gen = gen.__func__
        names = []
        values = []
        for key in list(classdict):
            if key in ignore:
                del classdict[key]
                continue
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key):
                continue
            value = classdict[key]
            if _is_descriptor(value):
                continue
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gen(key, 1, len(names), values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto)
                                                  for v in value):
                fixed = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = gen(key, 1, len(names), values[:])
                        v = v.value
                    fixed.append(v)
                value = tuple(fixed)
            names.append(key)
            values.append(value)
            del classdict[key]
        classdict.pop('_ignore_', None)
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        enum_class._set_('_member_names_', [])
        enum_class._set_('_member_map_', {})
        enum_class._set_('_value2member_map_', {})
        enum_class._set_('_unhashable_values_', [])
        enum_class._set_('_flag_mask_', 0)
        enum_class._set_('_all_bits_', 0)
        is_flag = any(isinstance(c, EnumType) and c.__dict__.get('_is_flag_')
                      for c in enum_class.__mro__)
        for name, value in zip(names, values):
            enum_class._add_member_(name, value)
        if is_flag:
            mask = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int):
                    mask |= m._value_
            all_bits = (1 << mask.bit_length()) - 1 if mask else 0
            enum_class._set_('_flag_mask_', mask)
            enum_class._set_('_all_bits_', all_bits)
            # Only single-bit members are iterated; multi-bit ones are
            # kept as named aliases.
            canonical = [n for n in enum_class._member_names_
                         if _is_single_bit(enum_class._member_map_[n]._value_)]
            enum_class._set_('_member_names_', canonical)
        return enum_class

    def _set_(cls, name, value):
        # Sets a class attribute, bypassing the reassignment check.
        # (pyasync: an explicit type.__setattr__(cls, name, value) or
        # super().__setattr__ outside __setattr__ fails for a new
        # attribute, so go through __setattr__ with a flag.)
        global _internal_set
        _internal_set = True
        try:
            setattr(cls, name, value)
        finally:
            _internal_set = False

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        # An alias: an earlier member already has this value.
        for m in cls._member_map_.values():
            if m._value_ == value:
                cls._member_map_[name] = m
                cls._set_(name, m)
                return m
        member = object.__new__(cls)
        member._value_ = value
        member._name_ = name
        member.__init__(*args)
        value = member._value_
        member._sort_order_ = len(cls._member_names_)
        cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_[value] = member
        except TypeError:
            cls._unhashable_values_.append(value)
        cls._set_(name, member)
        return member

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 start=1):
        """The functional API: Enum('Color', 'RED GREEN BLUE')."""
        metacls = type(cls)
        bases = (cls,)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(
                names[0], str):
            original, names = names, []
            last = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                classdict[item] = names[item]
            else:
                classdict[item[0]] = item[1]
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('%r cannot delete member %r.'
                                 % (cls.__name__, attr))
        super().__delattr__(attr)

    def __setattr__(cls, name, value):
        if not _internal_set and name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name]
                for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        """A name -> member mapping of every member, aliases included."""
        return dict(cls._member_map_)

    def __repr__(cls):
        return _cls_repr(cls)


def _cls_repr(cls):
    # (pyasync does not yet use a metaclass's __repr__ for repr(cls), so
    # the module's messages build the class's repr themselves.)
    if any(c.__dict__.get('_is_flag_') for c in cls.__mro__):
        return "<flag %r>" % (cls.__name__,)
    return "<enum %r>" % (cls.__name__,)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs: subclass it with class
    attributes as the members."""

    def __new__(cls, value):
        if isinstance(value, cls) and type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError('%r is not a valid %s'
                             % (value, cls.__qualname__))
        raise TypeError(
            'error in %s._missing_: returned %r instead of None or a valid '
            'member' % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    def __class_getitem__(cls, name):
        # Color['RED']. (pyasync does not yet use a metaclass's
        # __getitem__ for cls[key]; CPython uses EnumType.__getitem__.)
        return cls._member_map_[name]

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value auto() gives: one more than the last int value."""
        if not count:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_,
                                self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class Flag(Enum):
    """Support for flags: members are bits, combined with |, & and ^."""

    _is_flag_ = True

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value auto() gives: the next power of two."""
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        return 1 << last.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s'
                             % (value, cls.__qualname__))
        all_bits = cls._all_bits_
        if value < 0:
            value = all_bits + 1 + value
        if value < 0 or value & ~cls._flag_mask_:
            width = max(all_bits.bit_length(), value.bit_length())
            raise ValueError(
                '%s invalid value %r\n    given %s\n  allowed %s'
                % (_cls_repr(cls), value, _bin(value, width),
                   _bin(cls._flag_mask_, width)))
        if value in cls._value2member_map_:
            return cls._value2member_map_[value]
        # A pseudo-member for a combination of bits.
        pseudo = object.__new__(cls)
        pseudo._value_ = value
        if value == 0:
            pseudo._name_ = None
        else:
            names = []
            for m in cls:
                if m._value_ & value == m._value_ and m._value_:
                    names.append(m._name_)
            pseudo._name_ = '|'.join(names)
        cls._value2member_map_[value] = pseudo
        return pseudo

    def _members_(self):
        """The canonical members whose bits are set, in definition order."""
        return [m for m in self.__class__
                if m._value_ & self._value_ == m._value_]

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '<%s: %r>' % (cls_name, self._value_)
        return '<%s.%s: %r>' % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __hash__(self):
        return hash(self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __len__(self):
        return len(_bits(self._value_))

    def __iter__(self):
        return iter(self._members_())

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        return self.__class__(self.__class__._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _bin(num, width):
    digits = format(num, 'b')
    return '0b0 ' + digits.zfill(width)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name)
                                   for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %s: %s'
                         % (_cls_repr(enumeration), alias_details))
    return enumeration
