x = 3
assert x == 3
assert x < 0
print("unreachable")
