class DD(dict):
    def __missing__(self, k):
        self[k] = k * 2
        return self[k]
    def keys_sorted(self):
        return sorted(self)
dd = DD(b=1)
print(type(dd).__name__, dd["ab"], dd, dd.get("zz"), "zz" in dd, dd.keys_sorted())
