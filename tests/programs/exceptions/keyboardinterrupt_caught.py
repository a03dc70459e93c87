try:
    raise KeyboardInterrupt
except Exception:
    print("not an Exception")
except KeyboardInterrupt as e:
    print("caught", repr(e))
try:
    raise GeneratorExit("ge")
except BaseException as e:
    print("caught", repr(e), isinstance(e, Exception))
