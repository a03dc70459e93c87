import random

random.seed(3)
tests = [
    lambda: random.randrange(5, 5),
    lambda: random.randrange(0),
    lambda: random.randrange(0, 10, 0),
    lambda: random.randint(10, 1),
    lambda: random.choice([]),
    lambda: random.choice(""),
    lambda: random.sample([1, 2, 3], 4),
    lambda: random.sample([1, 2, 3], -1),
    lambda: random.sample({1, 2, 3}, 2),
    lambda: random.getrandbits(-1),
    lambda: random.choices("abc", [1, 2], k=2),
    lambda: random.choices("abc", [1, 2, 3], cum_weights=[1, 2, 3]),
    lambda: random.choices("abc", [0, 0, 0]),
    lambda: random.seed([1, 2]),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e, sep=": ")
print(random.randrange(10, 20))
random.choice([])
