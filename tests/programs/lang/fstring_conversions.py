s = "text"
class P:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
p = P()
print(f"{s!r} {s!s} {s}")
print(f"{p} {p!s} {p!r}")
print(f"{p!r:>12}|{s!r:^10}|")
print(f"{[1, 'a']} {(1,)} {None} {True} {3.0}")
