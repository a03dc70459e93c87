cases = ["x", "", "3.5", "1e5", "12a", "0x10"]
for c in cases:
    try:
        int(c)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
