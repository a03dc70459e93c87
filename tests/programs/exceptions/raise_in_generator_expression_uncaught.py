values = [2, 1, 0]
print(sum(10 // v for v in values))
