class W:
    pass
class R:
    def __radd__(self, o):
        return NotImplemented
for a, b in [("s", W()), ([1], W()), ((1,), R()), ("s", R())]:
    try:
        a + b
    except TypeError as e:
        print(e)
