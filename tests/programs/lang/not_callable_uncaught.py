max = 10
values = [3, 7, 2]
print(max(values))
