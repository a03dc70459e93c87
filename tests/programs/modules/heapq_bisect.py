import heapq, bisect, random
random.seed(7)
h = []
for v in [5, 1, 8, 3, 9, 2, 7, 1, 5]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(len(h))])
class K:
    def __init__(self, k, tag): self.k, self.tag = k, tag
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return f"{self.k}{self.tag}"
items = [K(random.randint(0, 3), chr(97 + i)) for i in range(20)]
h = list(items); heapq.heapify(h); print(h)
print([heapq.heappop(h) for _ in range(len(h))])
h = []
for it in items: heapq.heappush(h, it)
print(h)
print(heapq.heapreplace(h, K(2, "R")), heapq.heappushpop(h, K(0, "P")), heapq.heappushpop(h, K(9, "Q")), h[:5])
print(heapq.nsmallest(3, [5, 1, 4, 1, 3]), heapq.nlargest(2, ["a", "ccc", "bb"], key=len), heapq.nsmallest(0, [1]))
print(list(heapq.merge([1, 3, 5], [2, 2, 6], [0])), list(heapq.merge([5, 3], [4, 1], reverse=True)), list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
tasks = [(2, "write"), (1, "read"), (3, "exit"), (1, "again")]
heapq.heapify(tasks); print([heapq.heappop(tasks)[1] for _ in range(4)])
a = [1, 2, 2, 2, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 0), bisect.bisect(a, 9), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3))
bisect.insort(a, 3); bisect.insort_left(a, 2); print(a)
grades = [(60, "D"), (70, "C"), (80, "B"), (90, "A")]
print([grades[bisect.bisect([g for g, _ in grades], s) - 1][1] if s >= 60 else "F" for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1])); bisect.insort(recs, ("d", 4), key=lambda r: r[1]); print(recs)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print("ValueError", e)
