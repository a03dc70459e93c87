def f():
    try:
        raise ValueError("from try")
    finally:
        raise TypeError("from finally")

f()
