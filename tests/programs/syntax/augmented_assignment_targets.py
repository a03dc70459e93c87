lst = [1, 2, 3]
alias = lst
lst += [4]
print(lst, alias, lst is alias)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
d = {"n": 1}
d["n"] *= 10
print(d)
class C:
    count = 0
c = C()
c.count += 1
print(c.count, C.count)
grid = [[1, 2], [3, 4]]
grid[1][0] -= 10
print(grid)
