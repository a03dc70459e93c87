a = [1, 2, 3]
b = [*a, 4, *range(5, 7)]
print(b, [], [[]], [a, a])
print([*"hi", *(1, 2)])
c = a + b
print(c, a * 2, len(c))
nested = [[1, [2, [3]]]]
print(nested[0][1][1][0])
print([1, 2] == [1, 2], [1, 2] != [2, 1])
print(list("abc"), list(range(3)), list((1, 2)))
