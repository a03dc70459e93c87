def f():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
try:
    f()
except* ValueError as e:
    raise RuntimeError("from handler")
