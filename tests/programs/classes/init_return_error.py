class Bad:
    def __init__(self):
        return 5

try:
    Bad()
except TypeError as e:
    print(e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
class TakesOne:
    def __init__(self, a):
        self.a = a
try:
    TakesOne()
except TypeError as e:
    print(e)
