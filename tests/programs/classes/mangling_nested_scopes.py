# Names inside methods, nested functions, lambdas and comprehensions are
# mangled with the innermost enclosing class's name.
__hidden = "module __hidden"
_Box__hidden = "module _Box__hidden"


class Box:
    def __init__(self, items):
        self.__items = list(items)

    def doubled(self):
        return [__i * 2 for __i in self.__items]

    def total(self):
        __acc = 0

        def add(__n):
            nonlocal __acc
            __acc += __n

        for __v in self.__items:
            add(__v)
        return __acc

    def scaler(self, __factor):
        return lambda __x: __x * __factor

    def lookup(self):
        return __hidden

    def kwargs(self, **kw):
        return kw

    def call_kwargs(self):
        return self.kwargs(__raw=1)

    def params(self, __a, *, __b=2):
        return __a + __b

    class __Inner:
        def where(self):
            return __hidden

    def inner(self):
        return self.__Inner().where()


b = Box([1, 2, 3])
print(b.doubled(), b.total(), b.scaler(10)(4))
print(b.lookup())
print(b.call_kwargs())
print(b.params(1), b.params(1, _Box__b=5))
try:
    b.params(1, __b=5)
except TypeError as e:
    print("TypeError:", e)
print("_Box__Inner" in Box.__dict__)
try:
    print(b.inner())
except NameError as e:
    print("NameError:", e)
