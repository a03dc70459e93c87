print("{} and {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:.3f} {:5d} {:05d} {:,} {:x} {:o} {:b} {:e}".format(3.14159, 42, 42, 1234567, 255, 8, 5, 12345.678))
print("{0[0]} {1[k]}".format([9], {"k": "v"}))
print("{{literal braces}} {}".format(1))
print("{!r} {!s}".format("q", "q"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
