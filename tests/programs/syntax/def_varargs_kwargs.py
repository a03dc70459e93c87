def show(*args, **kwargs):
    print("args:", args)
    print("kwargs:", kwargs)

show()
show(1, 2)
show(a=1, b=2)
show(1, "x", k=[1])

def mixed(a, b=2, *rest, c, d=4, **extra):
    print(a, b, rest, c, d, extra)

mixed(1, c=3)
mixed(1, 5, 6, 7, c=3, e=9)
nums = [10, 20, 30]
opts = {"c": "C", "z": "Z"}
mixed(*nums, **opts)
