# Two classes in a hierarchy each get their own private name.
class Base:
    def __init__(self):
        self.__secret = "base"

    def base_secret(self):
        return self.__secret

    def __hook(self):
        return "Base.__hook"

    def run(self):
        return self.__hook()


class Derived(Base):
    def __init__(self):
        super().__init__()
        self.__secret = "derived"

    def derived_secret(self):
        return self.__secret

    def __hook(self):
        return "Derived.__hook"

    def run_own(self):
        return self.__hook()


d = Derived()
print(d.base_secret(), d.derived_secret())
print(sorted(vars(d)))
print(d.run(), d.run_own())
print(Base._Base__hook.__name__, Base._Base__hook.__qualname__)
print(sorted(k for k in Derived.__dict__ if "hook" in k))


class _Leading:
    __x = 1

    def get(self):
        return self.__x


class ___:
    __y = 2


print(sorted(k for k in _Leading.__dict__ if "x" in k), _Leading().get())
print(sorted(k for k in ___.__dict__ if "y" in k))
