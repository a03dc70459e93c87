from abc import ABC, ABCMeta, abstractmethod
import asyncio

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} area={self.area():.2f}"

class Half(Shape):
    def area(self): return 1.0

class Sq(Half):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s

for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
print(Sq(3).describe(), Sq(2).perimeter(), sorted(Shape.__abstractmethods__), Half.__abstractmethods__, Sq.__abstractmethods__)
print(isinstance(Sq(1), Shape), issubclass(Sq, Shape), issubclass(int, Shape), isinstance(5, Shape))

class Source(ABC):
    @abstractmethod
    async def fetch(self): ...

class Web(Source):
    async def fetch(self):
        await asyncio.sleep(0.01)
        return "data"

class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self): ...

class Thing:
    def run(self): return "ran"

Plugin.register(Thing)
print(isinstance(Thing(), Plugin), issubclass(Thing, Plugin), Thing().run())
print(Plugin.register(Thing) is Thing)

class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
print(issubclass(list, Sized2), isinstance("x", Sized2), issubclass(int, Sized2))

async def main():
    s = Web()
    print(await s.fetch(), isinstance(s, Source))
    try:
        Source()
    except TypeError as e:
        print(e)
asyncio.run(main())
print(type(Shape).__name__, ABC.__abstractmethods__)
