def gen():
    yield "a"
    return "the result"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args, "str:", str(e))
def empty():
    return 5
    yield
try:
    next(empty())
except StopIteration as e:
    print("empty gen value:", e.value)
