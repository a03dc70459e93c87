t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc".translate(t))
t2 = str.maketrans("ab", "12", "c")
print("abcabc".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, "c": 99})
print("abcd".translate(t3))
print("hello".translate({ord("l"): "L"}))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print("ValueError:", e)
print("Hello World".casefold(), "ǅ".lower(), "ﬁ".upper())
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "12.3".isdecimal(), " \t".isspace(), "".isspace())
print("Hello World".istitle(), "hello".islower(), "HELLO1".isupper(), "_x1".isidentifier(), "1x".isidentifier())
print("{0}-{1}-{0}".format("a", "b"), "{x}{y!r}".format(x=1, y="q"), "{:>5}|{:<5}|{:^5}".format(1, 2, 3))
print("{0[1]} {1[k]} {2.real}".format([9, 8], {"k": "v"}, 5))
print("{name} is {age}".format_map({"name": "Bob", "age": 30}))
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a}".format_map(D(a=1)))
print("{{literal}} {}".format(5))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
print("{:{w}.{p}f}".format(3.14159, w=10, p=2), "{:*^{}}".format("x", 7))
