def g():
    yield 1
gen = g()
try:
    gen.send("x")
except TypeError as e:
    print(e)
print(next(gen))
try:
    gen.send("x")
except StopIteration as e:
    print("StopIteration", e.value)
try:
    gen.send(None)
except StopIteration:
    print("still exhausted")
