def ok():
    return "fine"

print(ok())
for i in range(3):
    print(i)

def broken(:
    pass
