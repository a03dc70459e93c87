for f, arg in [(int, "x"), (float, "x"), (int, "1.5"), (float, ""), (int, "")]:
    try:
        f(arg)
    except ValueError as e:
        print(e)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    list(5)
except TypeError as e:
    print(e)
try:
    tuple(None)
except TypeError as e:
    print(e)
try:
    float([1])
except TypeError as e:
    print(e)
