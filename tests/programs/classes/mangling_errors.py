# Error messages show the mangled names.
class Widget:
    def __init__(self):
        self.__size = 3

    def read_missing(self):
        return self.__color

    def read_global(self):
        return __nowhere

    def size(self):
        return self.__size


w = Widget()
print(w.size())
try:
    w.read_missing()
except AttributeError as e:
    print("AttributeError:", e)
try:
    w.read_global()
except NameError as e:
    print("NameError:", e)
try:
    w.__size
except AttributeError as e:
    print("AttributeError:", e)
w.read_missing()
