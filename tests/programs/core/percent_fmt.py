print("%d %i %s %r" % (1, 2, "x", "y"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %#o %o %e %E %g %G" % (255, 255, 255, 8, 8, 12345.678, 0.00012, 1e-10, 1e20))
print("%.2f %10.3f %-10.1f| %%" % (3.14159, 2.71828, 1.5))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 7})
print("%c%c" % (72, "i"), "%s" % [1, 2], "%s" % (None,), "%r" % ((1, 2),))
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s" % "single", "%d%%" % 50, "%.3s" % "abcdef", "%5.1s|" % "xyz")
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%d %d" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "%d" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    "%z" % 1
except ValueError as e:
    print("ValueError:", e)
try:
    "%(a)s" % 5
except TypeError as e:
    print("TypeError:", e)
print("%d" % 3.99, "%i" % -3.99, "%x" % 2**70, "%.0f" % 0.5, "%.0f" % 1.5)
print("%s|%10s|%-10s|" % (1.0, "r", "l"))
print("%a" % "é", "%r" % "é")
print("%o" % -8, "%#X" % -255, "%+.2e" % 12345)
