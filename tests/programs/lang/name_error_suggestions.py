value = 1
def f():
    counter = 0
    return countr
try:
    print(valeu)
except NameError as e:
    print(e)
try:
    f()
except NameError as e:
    print(e)
try:
    pritn("x")
except NameError as e:
    print(e)
try:
    undefined_thing_with_no_close_match
except NameError as e:
    print(e)
