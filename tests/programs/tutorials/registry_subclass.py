class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        cls.key = key

    def run(self, data):
        raise NotImplementedError(f"{type(self).__name__}.run")

    def __repr__(self):
        return f"<plugin {self.key}>"


class Upper(Plugin):
    def run(self, data):
        return data.upper()


class Reverse(Plugin, name="rev"):
    def run(self, data):
        return data[::-1]


class Shout(Upper, name="shout"):
    def run(self, data):
        return super().run(data) + "!"


class Broken(Plugin):
    pass


print(sorted(Plugin.registry))
for key, cls in sorted(Plugin.registry.items()):
    p = cls()
    try:
        print(f"{key:>7}: {p!r} -> {p.run('hello')}")
    except NotImplementedError as e:
        print(f"{key:>7}: not implemented ({e})")


def add_repr(cls):
    fields = cls.__init__.__code__.co_varnames[1:] if False else cls.fields

    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({args})"

    cls.__repr__ = __repr__
    return cls


@add_repr
class Point:
    fields = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


print(Point(1, 2), [Point(i, -i) for i in range(2)])


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns.setdefault("created_by", "Meta")
        cls = super().__new__(mcls, name, bases, ns)
        return cls

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.constructed = True
        return inst


class Service(metaclass=Meta):
    def __init__(self, n):
        self.n = n


s = Service(5)
print(s.n, s.constructed, Service.created_by, type(Service).__name__, isinstance(Service, type))
print(Shout.__mro__[1].__name__, issubclass(Shout, Plugin), Shout.__bases__, Shout.__qualname__)
