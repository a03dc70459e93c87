print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 6), hash(True), hash(False))
print(hash((1, 2)) == hash((1, 2)), hash(1.0) == hash(1), hash(2.5) == hash(2.5))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(None) == id(None))
class K: pass
k = K()
print(hash(k) == hash(k), id(k) == id(k))
try:
    hash({})
except TypeError as e:
    print(e)
