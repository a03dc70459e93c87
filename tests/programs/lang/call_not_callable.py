items = [1, 2]
count = 5
try:
    count()
except TypeError as e:
    print(e)
try:
    items()
except TypeError as e:
    print(e)
try:
    text = "str"
    text()
except TypeError as e:
    print(e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print(e)
try:
    pair = (1, 2)
    pair(3)
except TypeError as e:
    print(e)
