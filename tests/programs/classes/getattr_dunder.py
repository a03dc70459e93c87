class Dynamic:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(f"no {name} here")

d = Dynamic()
print(d.real, d.x_hello)
try:
    d.other
except AttributeError as e:
    print(e)
print(getattr(d, "x_abc"), getattr(d, "zzz", "fallback"), hasattr(d, "zzz"))
