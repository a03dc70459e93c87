words = ["pear", "Fig", "apple", "kiwi"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(min(words, key=len), max(words, key=len), min([], default="none"), max([3, 1], default=0), min(3, 1, 2), max("abc"))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
print(list(zip("ab", [1, 2, 3])), list(zip()), list(zip("ab", "cd", strict=True)))
try:
    list(zip("ab", "c", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("a", "bc", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("a", "b", "cd", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(enumerate("xyz", start=10)), list(enumerate([], 1)), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", None, []])), list(filter(lambda v: v % 2, range(7))))
print(list(reversed(range(5))), list(reversed("abc")), list(reversed({"a": 1, "b": 2})))
print(any([]), all([]), any(x > 2 for x in [1, 3]), all(x > 2 for x in [1, 3]), any([0, None]), all("abc"))
print(isinstance(1, (str, int)), isinstance(True, int), isinstance(1, (str, (float, int))), issubclass(bool, (str, int)))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
print(sum([1, 2, 3]), sum([[1], [2]], []), sum(range(5), 10), sum([0.1] * 10), abs(-3), divmod(9, 4))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(list(range(10, 0, -3)), range(5)[2], range(0, 10, 2)[1:3], len(range(1, 10, 3)), 7 in range(0, 10, 7), range(3) == range(0, 3))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "end"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
print(chr(97), ord("a"), hex(255), oct(8), bin(-5), ascii("ñ"), repr("a'b\"c"), repr('a\'b'), repr("\n\t\\"))
print(callable(len), callable(1), getattr(1, "real"), getattr(1, "nope", "d"), hasattr("", "upper"))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
print(str(b := 5), int.__name__, type(3.0).__name__, type(None).__name__, type(len).__name__, bool(""), bool([0]))
