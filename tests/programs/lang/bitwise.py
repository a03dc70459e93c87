a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(-8 >> 1, -1 << 4, ~0, ~-1)
print(1 << 100)
print((1 << 100) >> 98)
print(5 & -2, -5 | 2, -5 ^ 3)
print(True & False, True | False, True ^ True)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    1.5 & 1
except TypeError as e:
    print(e)
