for n in [0, 1, 2]:
    print("zero" if n == 0 else "one" if n == 1 else "many")
x = None
print(x if x is not None else "default")
f = (lambda v: "even" if v % 2 == 0 else "odd")
print([f(i) for i in range(4)])
