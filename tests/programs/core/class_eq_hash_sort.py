from functools import total_ordering
@total_ordering
class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "Ver(%s)" % ".".join(map(str, self.parts))
vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1"), Ver("0.9")]
print(sorted(vs), max(vs), Ver("1.2") >= Ver("1.1"), Ver("1.0") <= Ver("1.0"), Ver("2") > Ver("10"))
print(Ver("1") == "1", Ver("1") != "1", Ver("1.0") == Ver("1.0"), {Ver("1"): "a"}[Ver("1")])
class Rec:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def __repr__(self):
        return f"{self.name}:{self.age}"
people = [Rec("bob", 30), Rec("amy", 25), Rec("cat", 30), Rec("dan", 25)]
print(sorted(people, key=lambda p: (-p.age, p.name)), sorted(people, key=lambda p: p.age))
people.sort(key=lambda p: p.name, reverse=True); print(people)
try:
    sorted(people)
except TypeError as e:
    print("TypeError:", e)
print(min(people, key=lambda p: p.age), max(people, key=lambda p: (p.age, p.name)))
class Eq:
    def __eq__(self, o):
        print("Eq.__eq__ called")
        return True
print(Eq() == 1, 1 == Eq(), [Eq()] == [1], Eq() in [1, 2])
class Cmp:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        print("gt", self.v, o.v); return self.v > o.v
print(Cmp(1) < Cmp(2))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[1]), [p.age for p in people])
