items = [1, 2, 3]
for item in items:
print(item)
