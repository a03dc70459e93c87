import random

random.seed(99)
# Rounded: the C library and pyasync may differ in the last bit.
print([round(random.gauss(0, 1), 9) for _ in range(6)])
print([round(random.normalvariate(10, 2), 9) for _ in range(4)])
print([round(random.expovariate(1.5), 9) for _ in range(4)])
print([round(random.triangular(0, 10, 2), 9) for _ in range(4)])
print([round(random.lognormvariate(0, 0.5), 9) for _ in range(3)])
print([round(random.paretovariate(3), 9) for _ in range(3)])
print([round(random.weibullvariate(1, 2), 9) for _ in range(3)])
print(random.random())
