try:
    "abc"[10]
except IndexError as e:
    print(e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    "a" * "b"
except TypeError as e:
    print(e)
try:
    "".join([1, 2])
except TypeError as e:
    print(e)
try:
    "a,b".split("")
except ValueError as e:
    print(e)
