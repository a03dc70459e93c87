import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
    def inner():
        return sys.exc_info()[1]
    print(inner() is v)
print(sys.exc_info())
