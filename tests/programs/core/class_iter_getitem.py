class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f"cell {key} out of range")
            return self.cells.get(key, ".")
        raise TypeError(f"bad key {key!r}")
    def __setitem__(self, key, v):
        self.cells[key] = v
    def __delitem__(self, key):
        del self.cells[key]
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
    def __len__(self):
        return self.w * self.h
    def __repr__(self):
        return "\n".join(self)
g = Grid(4, 2)
g[1, 0] = "#"; g[3, 1] = "@"; g[0, 0] = "x"
del g[0, 0]
print(repr(g)); print(len(g), list(g), g[3, 1])
for bad in [(9, 9), "k"]:
    try:
        g[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del g[5, 5]
except KeyError as e:
    print("KeyError", e)
class OldIter:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 10
print(list(OldIter()), 20 in OldIter(), [x for x in OldIter()])
class Slicer:
    def __getitem__(self, s):
        return s
sl = Slicer()
print(sl[1:2], sl[::2], sl[1:2, 3], sl[...], sl[:, None], sl["a":"b":"c"])
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(3).stop, slice(1, 2) == slice(1, 2))
class Rev:
    def __init__(self, d): self.d = d
    def __reversed__(self): return iter(self.d[::-1] + ["!"])
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
print(list(reversed(Rev([1, 2]))), bool(Rev([])), len(Rev("abc")))
class NotIterable: pass
try:
    for _ in NotIterable(): pass
except TypeError as e:
    print("TypeError:", e)
try:
    len(NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    NotIterable()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    NotIterable()()
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
