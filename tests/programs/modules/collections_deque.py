import asyncio
import collections
from collections import deque


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


d = deque([1, 2, 3])
print(d, len(d), type(d))
d.append(4)
d.appendleft(0)
print(d, d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([4, 5])
d.extendleft("ab")
print(d)
d.rotate()
print(d)
d.rotate(-2)
print(d)
d.rotate(9)
print(d)
print(list(d), list(reversed(d)), 3 in d, 99 in d)
d[0] = "first"
del d[1]
print(d, d.count(4), d.index(4))
d.insert(1, "ins")
d.remove("ins")
d.reverse()
print(d)
e = d.copy()
d.clear()
print(d, e, bool(d), bool(e))

bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
    print(list(bounded), end=" ")
print()
print(bounded, bounded.maxlen, deque([1]).maxlen)
bounded.appendleft(-1)
print(bounded)
bounded.extend(range(10, 20))
print(bounded)
print(deque("abcdef", 2), deque(maxlen=0), deque(), deque(()))
zero = deque(maxlen=0)
zero.append(1)
print(zero, len(zero))

print(deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1, 2]) < deque([1, 3]))
print(deque([1]) + deque([2]), deque([1, 2]) * 2)
x = deque([1])
x += [2, 3]
print(x)

attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
attempt("index range", lambda: deque([1])[5])
attempt("negative index range", lambda: deque([1])[-2])
attempt("remove missing", lambda: deque([1]).remove(2))
attempt("index missing", lambda: deque([1]).index(2))
attempt("str index", lambda: deque([1])["a"])
attempt("bad maxlen", lambda: deque(maxlen=-1))
attempt("concat list", lambda: deque([1]) + [1])
attempt("insert full", lambda: deque([1, 2], maxlen=2).insert(0, 5))


def mutate():
    m = deque([1, 2, 3])
    for v in m:
        m.append(v)


attempt("mutate during iteration", mutate)


# A sliding window, and a BFS with popleft.
def moving_average(values, n=3):
    window = deque(maxlen=n)
    for v in values:
        window.append(v)
        if len(window) == n:
            yield sum(window) / n


print(list(moving_average([1, 2, 3, 4, 5, 6])))

graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": [], "e": ["a"]}
seen, todo, order = {"a"}, deque(["a"]), []
while todo:
    node = todo.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            todo.append(nxt)
print(order)


# A deque as a work queue shared by asyncio workers.
async def worker(name, jobs, done):
    while jobs:
        job = jobs.popleft()
        await asyncio.sleep(0.01 * job)
        done.append((name, job))


async def main():
    jobs = deque([3, 1, 2, 1])
    done = deque(maxlen=10)
    await asyncio.gather(worker("w1", jobs, done), worker("w2", jobs, done))
    print(done)
    history: deque[int] = deque(range(5), maxlen=3)
    print(history)

asyncio.run(main())
