first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *middle, z = range(6)
print(a, middle, z)
a, *empty, z = (1, 2)
print(a, empty, z)
[x, *ys] = (9,)
print(x, ys)
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
*all_of_it, = {"k": 1, "j": 2}
print(all_of_it)
