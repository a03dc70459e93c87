class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i < 0 or i >= self.n:
            raise IndexError("out of range")
        return i * i
    def __contains__(self, v):
        return v in [i * i for i in range(self.n)]
    def __iter__(self):
        return iter([i * i for i in range(self.n)])

s = Squares(5)
print(len(s), s[3], 9 in s, 10 in s, list(s))
for v in s:
    print(v, end=" ")
print()
class Store:
    def __init__(self):
        self.data = {}
    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.data[k]
st = Store()
st["a"] = 1
del st["a"]
print(st.data)
