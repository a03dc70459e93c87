s = "  a,b,,c  "
print(s.split(","), s.split(",", 1), s.rsplit(",", 1), s.rsplit(",", 2))
print("a b  c\t\nd".split(), "a b  c".split(None, 1), "  a b c  ".rsplit(None, 1))
print("".split(), "".split(","), "   ".split(), ",".split(","))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print(repr("xxhixx".strip("x")), repr("xyhiyx".lstrip("xy")), repr("xyhiyx".rstrip("yx")))
print(repr(" \t hi \n".strip()), repr("hi".center(7, "*")), repr("hi".center(6)), repr("hi".center(1)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(2), "".zfill(3))
print(repr("a\tbc\td".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)))
print("hello wORLD it's o'neil 3rd".title(), "ß".casefold(), "HeLLo".swapcase())
print("line1\nline2\r\nline3\r".splitlines(), "a\nb\n".splitlines(True))
print("abc".ljust(6, "-") + "|", "abc".rjust(6, ".") + "|")
try:
    "abc".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print("a,b,c".split(",", -1), "a,b,c".split(",", 0), "a b c".split(maxsplit=1))
print("x".join(["1", "2", "3"]), "".join([]), ", ".join(map(str, range(4))))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print("hello".startswith(("x", "he")), "hello".endswith("lo", 0, 5), "hello".startswith("l", 2))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("e"), "hello".count("l"))
try:
    "hello".index("z")
except ValueError as e:
    print("ValueError:", e)
print("aaa".replace("a", "b", 2), "abc".replace("", "-"), "Hello".removeprefix("He"), "Hello".removesuffix("lo"))
