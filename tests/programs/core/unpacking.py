a, *b, c = range(6)
print(a, b, c)
(x, y), [z, *w] = "ab", (1, 2, 3)
print(x, y, z, w)
*init, last = "hello"
print(init, last)
first, *_ = [9]
print(first, _)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
p, q = q, p = 1, 2
print(p, q)
m = n = [0]
m.append(1)
print(n)
for bad in [(1, 2, 3), (1,), 5]:
    try:
        u, v = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    a, b, *c, d = [1, 2]
except ValueError as e:
    print("ValueError:", e)
print([*range(3), *"ab"], (*[1], 2), {*"aa", *"b"} == {"a", "b"}, {**{"a": 1}, "b": 2})
def f(a, b, c=0, *d, e, **g):
    return a, b, c, d, e, g
print(f(*[1, 2], e=5), f(1, *(2, 3, 4, 5), e=6, z=7), f(**{"a": 1, "b": 2, "e": 3}))
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
d = {}
d["x"], d["y"] = divmod(17, 5)
print(d)
class O: pass
o = O()
o.a, o.b = "pq"
print(o.a, o.b)
[a1, [b1, c1]] = [1, [2, 3]]
print(a1, b1, c1)
head, *tail = iter(range(4))
print(head, tail)
s = "x"
(s, t), = [("y", "z")]
print(s, t)
