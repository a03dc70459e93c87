x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 3 > 2 == 2)
print(1 == 1.0 == True, "a" < "b" < "c", [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
def loud(v):
    print("eval", v)
    return v
print(loud(1) < loud(0) < loud(5))
print(loud(1) < loud(2) < loud(3))
print("abc" < "abd", "Z" < "a", "" < "a", [] == [], () == [])
try:
    1 < "a"
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    None > 0
except TypeError as e:
    print(e)
