x = 1
y = 2
if x y:
    print(x)
