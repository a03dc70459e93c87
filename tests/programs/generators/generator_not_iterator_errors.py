def g():
    yield 1
gen = g()
try:
    gen()
except TypeError as e:
    print(e)
try:
    gen[0]
except TypeError as e:
    print(e)
try:
    len(gen)
except TypeError as e:
    print(e)
print(iter(gen) is gen)
