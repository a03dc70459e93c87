import itertools as it
from itertools import *
import operator
print(list(islice(count(), 5)), list(islice(count(2.5, 0.5), 3)), repr(count(3)), repr(count(1, 2)))
c = count(10); next(c); print(c)
print(list(islice(cycle("ab"), 5)), list(cycle([])))
r = repeat("x", 3); print(repr(r), list(r), repr(r), list(repeat(1, -2)))
print(list(map(pow, range(4), repeat(2))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=100)), list(accumulate([])), list(accumulate([], initial=0)))
print(list(chain("ab", [1], ())), list(chain.from_iterable(["xy", "z"])), type(chain()).__name__, type(chain.from_iterable([])).__name__)
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(pairwise("ABCD")), list(pairwise("A")))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest([1], [])))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)), list(islice("ABC", None)))
for args in [(-1,), (1, -1), (0, 5, 0), ("a",)]:
    try:
        islice("abc", *args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
src = iter(range(10)); print(list(islice(src, 3)), next(src))
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
groups = list(groupby("aabbc")); print([(k, list(g)) for k, g in groups])
g = groupby("aaabbb"); k1, g1 = next(g); print(k1, next(g1)); k2, g2 = next(g); print(k2, list(g2), list(g1))
a, b = tee(range(5)); print(next(a), next(a), list(b), list(a))
print(len(tee("abc", 3)), tee("x", 0))
print(list(product("ab", range(2))), list(product([0, 1], repeat=2)), list(product()), list(product("ab", [])))
print(list(permutations("ABC", 2)), list(permutations(range(3))), list(permutations("AB", 3)), list(permutations([], 0)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("AB", 3)), list(combinations("AB", 0)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement("", 2)), list(combinations_with_replacement("", 0)))
print(type(count()).__name__, count.__module__ if hasattr(count, "__module__") else None, isinstance(chain(), chain))
print(sum(1 for _ in product(range(5), repeat=3)))
for bad in [lambda: cycle(1), lambda: list(chain(1)), lambda: permutations("ab", -1), lambda: count("a")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
