data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
print(sorted("hello"), sorted({3: "x", 1: "y"}), sorted((3, 1, 2)))
lst = [3, 1, 2]
lst.sort()
print(lst)
lst.sort(reverse=True, key=lambda v: -v)
print(lst)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print(e)
