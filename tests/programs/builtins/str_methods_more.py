s = "The quick brown fox"
print(s.split(" ", 2), s.rsplit(" ", 2), s.lower().count("o"), s.index("q"))
print(s.upper(), s.lower(), s.find("brown"), s.rfind("o"))
print("x".join("123"), "%".join([]))
print("abc".startswith("b", 1), "abc".endswith("b", 0, 2), "  x  ".strip(" x"))
print("Hello World".replace(" ", ""), "aaa".replace("a", "b", 2), "".replace("", "x"))
print("ab".__len__(), "abc" * 0, "abc".upper().isupper(), "12".isnumeric(), "1.5".isdecimal())
print("one two".split(maxsplit=1), "a\nb\r\nc".splitlines(), " ".join("a b".split()))
print("{}".format("x").upper(), str.upper("abc"), "tEST".capitalize())
