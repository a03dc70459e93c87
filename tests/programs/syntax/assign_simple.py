a = 1
b = "two"
c = [3]
print(a, b, c)
a = a + 1
print(a)
x = y = z = 0
print(x, y, z)
x = 10
print(x, y, z)
lst1 = lst2 = []
lst1.append(1)
print(lst2, lst1 is lst2)
