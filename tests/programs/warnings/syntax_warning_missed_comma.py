# CPython warns at compile time about calls and subscripts of literals,
# before anything runs; the program then runs normally.
print("runs after the compile-time warnings")
try:
    [(1, 2) (3, 4)]
except TypeError as e:
    print(e)
try:
    None[0]
except TypeError as e:
    print(e)
