print(format(3.14159, ".2f"), format(42, "05d"), format("s", ">4"), format(255, "x"), format(1234567, ","))
print(format(0.25, "%"), format(12, "b"), format(3, ""), format("abc"), format(None), format(True), format(True, "d"))
class F:
    def __format__(self, spec):
        return f"F[{spec}]"
print(format(F(), "xyz"), f"{F():abc}", "{:q}".format(F()))
try:
    format(1, "s")
except ValueError as e:
    print(e)
try:
    format("s", "d")
except ValueError as e:
    print(e)
