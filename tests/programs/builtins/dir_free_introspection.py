def documented(a, b=2):
    "A docstring."
    return a
print(documented.__name__, documented.__doc__)
class C:
    "Class doc."
    def m(self):
        pass
print(C.__name__, C.__doc__, C.m.__name__)
print(len.__name__, print.__name__, int.__name__)
print((lambda: 0).__name__)
