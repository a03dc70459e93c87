lst = [3, 1, 2]
lst.append(4)
lst.extend([5, 6])
lst.insert(0, 0)
lst.insert(100, 99)
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(1), lst)
lst.remove(2)
print(lst, lst.index(4), lst.count(5))
lst.reverse()
print(lst)
c = lst.copy()
c.clear()
print(c, lst)
lst.sort()
print(lst, lst + [7], lst * 2)
for bad in [lambda: [].pop(), lambda: [1].remove(5), lambda: [1].index(7), lambda: [1].pop(5)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
