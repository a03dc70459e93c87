print(abs(-7), abs(7.25), abs(-0.0), abs(-10 ** 30))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-1, 10 ** 20))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(-2, 3), pow(3, 200) % 1000, pow(7, 2, 5), pow(2.0, 0.5))
print(round(3.14159, 2), round(-1.5), round(1e-10, 3))
try:
    abs("x")
except TypeError as e:
    print(e)
try:
    pow(2, 1, 0)
except ValueError as e:
    print(e)
try:
    divmod("a", 1)
except TypeError as e:
    print(e)
