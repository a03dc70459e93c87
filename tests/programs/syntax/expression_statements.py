# Expression statements: values are computed and discarded; calls run.
1 + 2
"a string on its own"
[1, 2, 3]
print("called for its effect")
len("abc")
x = 5
x
x * 2
def shout(s):
    print(s.upper())
    return 99
shout("side effect")
None
print("done")
