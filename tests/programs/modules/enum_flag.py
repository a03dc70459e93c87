from enum import Flag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.name, rw.value)
print(list(Perm), list(rw), len(rw), len(Perm))
print(Perm.R in rw, Perm.X in rw, bool(Perm(0)), bool(rw))
print(repr(Perm(0)), str(Perm(0)), repr(Perm(7)))
print(~Perm.R, rw & Perm.W, rw ^ Perm.R, Perm(6) is rw)
try:
    Perm(8)
except ValueError as e:
    print('ValueError', e)


class Q(Flag):
    A = auto()
    B = auto()
    C = auto()


print([q.value for q in Q], Q.A | Q.C, ~(Q.A | Q.B))
