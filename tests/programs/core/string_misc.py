s = "Hello, World"
print(s[::-1], s[7:], s[-5:-1], s[::3], s[100:], s[1:-1:2], s[-1], len(s))
print(s.upper(), s.lower(), s.capitalize(), "hELLO wORLD".capitalize(), s.swapcase())
print("a" * 3, 3 * "ab", "" * 5, "abc" < "abd", "Z" < "a", "abc" < "ab", "é" > "z")
print("x" in "xyz", "" in "abc", "xz" not in "xyz", "ab" == "a" + "b")
print(repr("tab\there"), repr("quote'"), repr('dq"'), repr("both'\""), repr("\x00\x7f\u00e9\u2603"), repr("\r\x1b"))
print(str(1.0), str(1e-7), str(10**21 * 1.0), str(-0.0), str([1.5, "a"]), str(("a",)), str({"k": "v"}))
print("%s" % 1e16, repr(1e16), repr(123.0), repr(0.1), repr(1/7), repr(2.0**0.5), repr(1e-4), repr(0.0001234))
try:
    s[100]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
print(" ".join(reversed(s.split(", "))), "-".join("abc"), s.count("o"), s.count(""), s.find("o", 5), s.rindex("o"))
print(str(), str(123), str(None), "abc".encode is not None, "A".isupper(), "a1".isalnum(), "Ⅻ".isnumeric())
print(f"{'x':>{3}}", f"{'multi'}" f"{'ple'}", "con" "cat", """tri
ple""", r"raw\n", len("\N{BULLET}") if False else 1)
print("abc".index("c", 1), "a-b_c d".replace("-", " ").replace("_", " ").split(), "Mississippi".split("ss"))
print(ord("€"), chr(8364), "€".upper(), "straße".upper(), "İ".lower() == "i̇", len("İ".lower()))
print("%-6s|%6s|" % ("ab", "cd"), "{:^10}".format("mid"), format(42, "08b"), format(3.5, "e"), format("x", "^5"))
print(str.upper("q"), str.join(",", ["a", "b"]), "".join(sorted("hello")), max("hello"), sorted("bca", reverse=True))
