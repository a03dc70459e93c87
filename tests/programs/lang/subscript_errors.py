try:
    [1, 2][5]
except IndexError as e:
    print(e)
try:
    (1,)[3]
except IndexError as e:
    print(e)
try:
    one = [1]
    one["a"]
except TypeError as e:
    print(e)
try:
    {}["k"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    five = 5
    five[0]
except TypeError as e:
    print(e)
try:
    [][0:1:0]
except ValueError as e:
    print(e)
try:
    x = [1, 2]
    x[0:2:1] = [1, 2, 3]
    print(x)
    x[::2] = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    range(3)[5]
except IndexError as e:
    print(e)
