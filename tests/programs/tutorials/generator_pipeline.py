LOG = """\
2024-01-01 10:00:01 INFO  user=alice action=login
2024-01-01 10:00:05 ERROR user=bob action=upload size=120
2024-01-01 10:01:00 WARN  user=alice action=upload size=3000
# comment line
2024-01-01 10:02:30 INFO  user=carol action=logout

2024-01-01 10:03:00 ERROR user=alice action=delete
2024-01-01 10:04:00 INFO  user=bob action=upload size=80
"""


def read_lines(text):
    for line in text.splitlines():
        yield line


def strip_comments(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def parse(lines):
    for line in lines:
        date, clock, level, *fields = line.split()
        record = dict(f.split("=", 1) for f in fields)
        record.update(date=date, time=clock, level=level)
        yield record


def where(records, **conds):
    return (r for r in records if all(r.get(k) == v for k, v in conds.items()))


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def pipeline():
    return parse(strip_comments(read_lines(LOG)))


for r in where(pipeline(), level="ERROR"):
    print(f"{r['time']} {r['user']:<6} {r['action']}")

sizes = (int(r["size"]) for r in pipeline() if "size" in r)
print("total size:", sum(sizes))
print("first two users:", [r["user"] for r in take(2, pipeline())])

by_user = {}
for r in pipeline():
    by_user.setdefault(r["user"], []).append(r["action"])
for user, actions in sorted(by_user.items()):
    print(f"{user:>6}: {', '.join(actions)}")


def running_average():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return count


avg = running_average()
next(avg)
for v in [10, 20, 60]:
    print("avg:", avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("count:", e.value)


def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, [3, (4, 5)], 6], [[7]]])))
gen = (x * x for x in range(5))
print(next(gen), next(gen), list(gen), list(gen))
