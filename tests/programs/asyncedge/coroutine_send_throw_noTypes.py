class suspend:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield self.v
        return got

async def c():
    try:
        a = await suspend("first")
        print("a =", a)
        b = await suspend("second")
        print("b =", b)
    except ValueError as e:
        print("caught", e)
        c2 = await suspend("after-catch")
        return c2
    return "end"

co = c()
print(co.send(None))
print(co.send(1))
print(co.throw(ValueError("oops")))
try:
    co.send("final")
except StopIteration as e:
    print("StopIteration value", e.value)
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
co = c()
try:
    co.send(5)
except TypeError as e:
    print("TypeError:", e)
co.close()
co = c()
co.send(None)
co.close()
print(co.cr_running, co.cr_await)
w = c().__await__()
print(type(w).__name__, next(w))
w.close()
