print(None, True, False)
print(repr(None), str(True), type(None).__name__, type(False).__name__)
print(None == None, None == 0, None == False, True == 1)
def f():
    pass
print(f() is None)
print([None, True, False])
print(True + 0, -True, int(False))
try:
    n = None
    n()
except TypeError as e:
    print(e)
try:
    None.x
except AttributeError as e:
    print(e)
try:
    n = None
    n[0]
except TypeError as e:
    print(e)
