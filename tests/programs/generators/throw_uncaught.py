def worker():
    print("worker started")
    yield 1
    print("never printed")

w = worker()
next(w)
w.throw(ValueError("injected"))
