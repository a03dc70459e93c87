a = 1; b = 2; print(a + b)  # a comment after code
# a whole-line comment
if a: print("one-liner if"); print("two statements")
x = [  # comment inside brackets
    1,  # one
    2,  # two
]
print(x)
total = 1 + \
    2 + \
    3
print(total)
s = ("implicit "
     "concatenation")
print(s)
