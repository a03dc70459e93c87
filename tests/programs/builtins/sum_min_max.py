print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1] * 10), sum(range(101)), sum([[1], [2]], []))
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("abc"), min("b", "a"))
print(max([], default="empty"), min([], default=None), max([1, 2], default=0))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max(3, 9, 4, key=lambda v: -v))
print(max([(1, "a"), (1, "b")]), max([1, 1.0]), max([1.0, 1]))
for bad in [lambda: max([]), lambda: min([]), lambda: max(1), lambda: sum(["a", "b"]), lambda: sum(1), lambda: max()]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
