try:
    raise ValueError("x")
except ValueError as err:
    print("inside:", err)
try:
    print(err)
except NameError as e:
    print("after the handler:", e)
e = "kept?"
try:
    raise TypeError
except TypeError as e:
    pass
print("checked")
try:
    print(e)
except NameError as ne:
    print(ne)
