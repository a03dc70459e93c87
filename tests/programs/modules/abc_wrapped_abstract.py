from abc import ABC, abstractmethod
class A(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def util(): ...
class B(A):
    @property
    def name(self): return "b"
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def util(): return 1
try:
    A()
except TypeError as e:
    print(e)
print(B.make().name, B.util())
class A:
    @property
    def x(self): return 1
print(A.x.__isabstractmethod__, staticmethod(len).__isabstractmethod__)
