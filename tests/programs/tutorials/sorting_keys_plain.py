class Employee:
    _fields = ("name", "dept", "salary", "age")

    def __init__(self, name, dept, salary, age):
        self.name, self.dept, self.salary, self.age = name, dept, salary, age

    def __iter__(self):
        return iter((self.name, self.dept, self.salary, self.age))

    def __getitem__(self, i):
        return tuple(self)[i]

    def __len__(self):
        return len(self._fields)

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({inner})"

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **kw):
        return Employee(**{**self._asdict(), **kw})


staff = [
    Employee("Ann", "eng", 120, 34),
    Employee("Bob", "ops", 90, 45),
    Employee("Cid", "eng", 120, 29),
    Employee("Dee", "sales", 70, 38),
    Employee("Eve", "ops", 95, 31),
    Employee("Fay", "eng", 105, 41),
]

print(staff[0], staff[0]._asdict() if hasattr(staff[0], "_asdict") else None)
for e in sorted(staff, key=lambda e: (-e.salary, e.name)):
    print(f"{e.name:<4}{e.dept:<6}{e.salary:>5}")
print([e.name for e in sorted(staff, key=lambda e: e.age, reverse=True)])
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e)
for dept in sorted(by_dept, key=lambda d: -sum(e.salary for e in by_dept[d])):
    members = by_dept[dept]
    avg = sum(e.salary for e in members) / len(members)
    print(f"{dept}: n={len(members)} avg={avg:.1f} oldest={max(members, key=lambda e: e.age).name}")

words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))
pairs = [(1, "b"), (2, "a"), (1, "a"), (2, "b")]
pairs.sort(key=lambda p: p[1])
print(pairs)
pairs.sort()
print(pairs)
print(sorted({"x": 3, "y": 1, "z": 2}.items(), key=lambda kv: kv[1]))
print(sorted("hello world"), "".join(sorted(set("mississippi"))))
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums, key=abs), max(nums, key=abs), min(nums, key=lambda n: (n % 3, n)))
name, dept, *rest = staff[1]
print(name, dept, rest, staff[1].salary, staff[1][2], len(staff[1]))
print(Employee._fields, staff[2]._replace(salary=1))
