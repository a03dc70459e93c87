def nothing():
    return

def implicit():
    x = 1

def many():
    return 1, 2, 3

def early(n):
    for i in range(n):
        if i == 3:
            return "found 3"
    return "not found"

print(nothing(), implicit(), many())
print(early(10), early(2))
a, b, c = many()
print(a + b + c)
