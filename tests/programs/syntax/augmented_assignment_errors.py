try:
    x = 1
    x += "a"
except TypeError as e:
    print(e)
try:
    s = "a"
    s -= "b"
except TypeError as e:
    print(e)
try:
    n = None
    n += 1
except TypeError as e:
    print(e)
try:
    lst = [1]
    lst *= "x"
except TypeError as e:
    print(e)
