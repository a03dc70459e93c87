def guarded():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("generator caught", repr(e))
            yield "recovered"

g = guarded()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
try:
    g.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "closed after error"))
def fresh():
    yield 1
try:
    fresh().throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted generator re-raises:", e)
