print(True and False, True or False, not True, not 0, not "")
print(0 or "default", "" or [] or None, 1 and 2 and 3, 1 and 0 and 3)
print([] and "never", "x" or "never")
def side(v):
    print("side", v)
    return v
print(side(0) and side(1))
print(side(1) or side(2))
print(not None, not [0], bool(None), bool(0.0), bool("0"), bool([]), bool({}), bool(set()))
print(True == 1, False == 0, True is True, isinstance(True, int))
