class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            print(f"  evict {oldest!r}")
            del self.data[oldest]
        self.data[key] = value

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return f"LRUCache({self.capacity}, {list(self.data.items())})"

    @property
    def hit_rate(self):
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


cache = LRUCache(3)
for k in ["a", "b", "c"]:
    cache.put(k, k.upper())
print(cache)
cache.get("a")
cache.put("d", "D")
print(cache, "b" in cache)
cache.put("c", "C2")
cache.put("e", "E")
print(cache, len(cache))
print([cache.get(k, "-") for k in "abcde"])
print(f"hit rate {cache.hit_rate:.1%} ({cache.hits}/{cache.hits + cache.misses})")


def cached(cache):
    def deco(f):
        def wrapper(n):
            sentinel = object()
            v = cache.get(n, sentinel)
            if v is sentinel:
                v = f(n)
                cache.put(n, v)
            return v
        return wrapper
    return deco


@cached(LRUCache(50))
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


best = max(range(1, 30), key=collatz_len)
print(best, collatz_len(best))
d = {"x": 1, "y": 2, "z": 3}
d["x"] = 10
del d["y"]
d["y"] = 20
print(d, list(d.keys()), list(d.values()), d.popitem(), d)
try:
    LRUCache(0)
except ValueError as e:
    print(e)
