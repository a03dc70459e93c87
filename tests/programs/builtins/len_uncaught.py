size = 5
print(len(size))
