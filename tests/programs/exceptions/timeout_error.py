try:
    raise TimeoutError("took too long")
except OSError as e:
    print(type(e).__name__, e, isinstance(e, TimeoutError))
raise TimeoutError
