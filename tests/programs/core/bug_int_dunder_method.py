print((10).__add__(3))
print((2.5).__mul__(2))
print("a".__add__("b"))
print([1].__len__())
