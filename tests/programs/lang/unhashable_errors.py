try:
    {[1]: 1}
except TypeError as e:
    print(e)
try:
    {[1, 2]}
except TypeError as e:
    print(e)
try:
    s = set()
    s.add({})
except TypeError as e:
    print(e)
try:
    hash([])
except TypeError as e:
    print(e)
try:
    d = {}
    d[{1}] = 2
except TypeError as e:
    print(e)
