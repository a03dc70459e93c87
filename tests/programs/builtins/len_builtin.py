print(len("hello"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)), len(""), len(range(5, 0, -2)))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
for bad in [5, None, 3.5, print]:
    try:
        len(bad)
    except TypeError as e:
        print(e)
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print(e)
