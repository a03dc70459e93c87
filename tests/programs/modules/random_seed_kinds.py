import random

for seed in [0, 1, -1, 123456789, 2**64 + 1, "asyncio", "", 2.5, True]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(0, 1000))

random.seed(7)
a = [random.random() for _ in range(3)]
random.seed(7)
b = [random.random() for _ in range(3)]
print(a == b)

r1 = random.Random(42)
r2 = random.Random(42)
print(r1.random() == r2.random(), r1.randint(1, 100), r2.randint(1, 100))
random.seed(42)
print(random.random() == random.Random(42).random())

state = random.getstate()
x = random.random()
random.setstate(state)
print(x == random.random())

random.seed()
v = random.random()
print(0.0 <= v < 1.0, isinstance(random.getrandbits(70), int))
