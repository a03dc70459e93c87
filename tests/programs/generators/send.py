def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
def echo():
    received = yield "ready"
    while True:
        received = yield f"echo: {received}"
e = echo()
print(next(e), e.send("hi"), e.send(42))
