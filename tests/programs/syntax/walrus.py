data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long list of", n)
values = []
i = 0
while (i := i + 1) <= 3:
    values.append(i)
print(values, i)
print([y for x in data if (y := x * 2) > 10])
print(y)
print((z := 5) + z)
