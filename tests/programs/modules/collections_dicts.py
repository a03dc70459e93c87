import asyncio
from collections import defaultdict, Counter, OrderedDict


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


# defaultdict
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(groups["a"], len(groups), "z" in groups, groups.get("z"), "z" in groups)
print(groups["z"], "z" in groups, len(groups))
print(sorted(groups), list(groups.keys()), [len(v) for v in groups.values()])
for k, v in groups.items():
    print(k, v)
print(dict(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts.default_factory)
print(counts == {"m": 1, "i": 4, "s": 4, "p": 2}, counts != {"m": 1})
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], dict(nested["x"]))
plain = defaultdict(None, {"a": 1})
print(plain, defaultdict())
attempt("missing with None factory", lambda: plain["b"])
attempt("bad factory", lambda: defaultdict(3))
attempt("pop missing", lambda: defaultdict(list).pop("k"))
dd = defaultdict(set, a={1})
dd["b"].add(2)
print(dd.pop("a"), dd.setdefault("c", {3}), dd.pop("q", "default"))
del dd["c"]
print(dd, dd.copy(), {**dd})
dd.update({"d": {4}}, e={5})
print(sorted(dd.items()))
dd.clear()
print(dd, bool(dd))

# Counter
c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], "z" in c, len(c))
print(c.most_common(2), c.most_common(0), c.most_common())
c.update("aaz")
c.update({"b": 10})
print(c)
c.subtract(a=7)
print(c, c.total())
print(sorted(c.elements()))
c["q"] += 1
del c["nothing"]
print(c)
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc, wc.most_common(1))
print(Counter(a=3, b=1) + Counter(a=1, b=2, c=1))
print(Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1}, Counter())
print(Counter({"x": 2, "y": 5}), Counter(Counter("aab")))
print(dict(Counter("hello")), list(Counter("hello")))
attempt("add int", lambda: Counter(a=1) + 1)

# OrderedDict
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od))
od.move_to_end("b")
print(list(od.items()))
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(x=1, y=2) == OrderedDict(y=2, x=1), OrderedDict(x=1, y=2) == {"y": 2, "x": 1})
print(OrderedDict(), OrderedDict([("k", "v")]))
attempt("popitem empty", lambda: OrderedDict().popitem())
attempt("move missing", lambda: OrderedDict().move_to_end("x"))


# An LRU cache built on OrderedDict, used from coroutines.
class LRU:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.size:
            self.data.popitem(last=False)


async def fetch(cache, stats, key):
    hit = cache.get(key)
    if hit is not None:
        stats["hit"] += 1
        return hit
    stats["miss"] += 1
    await asyncio.sleep(0.01)
    cache.put(key, key.upper())
    return key.upper()


async def main():
    cache = LRU(2)
    stats = Counter()
    for key in ["a", "b", "a", "c", "b", "a"]:
        await fetch(cache, stats, key)
    print(list(cache.data), stats)
    by_status = defaultdict(list)
    results = await asyncio.gather(*(fetch(cache, stats, k) for k in "xyx"))
    for k, r in zip("xyx", results):
        by_status[r].append(k)
    print(by_status, stats.most_common())

asyncio.run(main())
