def f():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
try:
    f()
except* ValueError as e:
    print("V", repr(e))
except* TypeError as e:
    print("T", repr(e))
print("after")
