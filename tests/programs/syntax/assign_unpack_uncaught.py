def pair():
    return (1, 2, 3)

x, y = pair()
print(x, y)
