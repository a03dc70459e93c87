a = [5, 3, 8, 1]
a.append(9); a.extend(range(2)); a.insert(0, 7); a.insert(-1, 6); a.insert(100, 4)
print(a, a.pop(), a.pop(0), a.pop(-2), a.index(8), a.count(1))
a.remove(1); a.reverse(); print(a)
a.sort(); print(a); a.sort(key=lambda v: -v); print(a); a.sort(reverse=True, key=str); print(a)
b = a.copy(); b.clear(); print(a, b, a * 2, [0] * 3, 2 * [1, 2])
for stmt in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(5), lambda: [1, 'a'].sort(), lambda: [1].pop(5), lambda: [].index(1, 0, 0)]:
    try:
        stmt()
    except Exception as e:
        print(type(e).__name__ + ":", e)
x = list(range(10))
print(x[::2], x[1::3], x[::-1], x[-3:], x[:-7], x[8:2:-2], x[100:], x[-100:2], x[5:5])
x[2:5] = ["a", "b"]; print(x)
x[::3] = [0, 0, 0]; print(x)
del x[::2]; print(x)
x[1:1] = [9, 9, 9]; print(x)
x[:] = []; print(x)
try:
    y = [1, 2, 3, 4]
    y[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    [1][5]
except IndexError as e:
    print("IndexError:", e)
try:
    [1][5] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    [1]["a"]
except TypeError as e:
    print("TypeError:", e)
z = [3, 1, 2]
z += (4,)
print(z, z == [3, 1, 2, 4], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [[1]] == [[1]])
try:
    z = z + (5,)
except TypeError as e:
    print("TypeError:", e)
print(list("abc"), list({"k": 1}), list(reversed([1, 2, 3])), sorted([3, 1, 2], reverse=True))
print(1 in [1, 2], [1] in [[1]], 2 in [1, 2, 3], len([[]]), [1, [2, [3]]][1][1][0])
