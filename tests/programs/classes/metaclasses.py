class Meta(type):
    registry = []
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.registry.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get("tag", "none")
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def describe(cls):
        return f"class {cls.__name__} tagged {cls.tag}"

class Base(metaclass=Meta):
    def __init__(self, n):
        self.n = n

class Child(Base, tag="child"):
    pass

print(Meta.registry, type(Base).__name__, type(Child) is Meta, isinstance(Child, Meta))
c = Child(5)
print(c.n, Child.describe(), Base.tag)

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self):
        print("init once")

print(Config() is Config())
print(type(type), type(Config).__name__, type(3))
