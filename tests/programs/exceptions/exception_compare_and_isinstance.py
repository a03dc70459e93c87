e1 = ValueError("x")
e2 = ValueError("x")
print(e1 == e2, e1 == e1, isinstance(e1, Exception), isinstance(e1, BaseException))
print(type(e1) is ValueError, type(e1).__name__, e1.__class__.__name__)
errors = []
for f in [lambda: 1 / 0, lambda: [].pop(), lambda: int("q")]:
    try:
        f()
    except Exception as e:
        errors.append(type(e).__name__)
print(errors)
