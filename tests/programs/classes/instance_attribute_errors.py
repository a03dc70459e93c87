class Foo:
    def __init__(self):
        self.bar = 1

f = Foo()
try:
    f.baz
except AttributeError as e:
    print(e)
try:
    Foo.baz
except AttributeError as e:
    print(e)
try:
    f.bar()
except TypeError as e:
    print(e)
try:
    (5).real = 3
except AttributeError as e:
    print(e)
try:
    "abc".nope()
except AttributeError as e:
    print(e)
