class NoEnter:
    pass

try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)
try:
    with 5 as x:
        pass
except TypeError as e:
    print(e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)
