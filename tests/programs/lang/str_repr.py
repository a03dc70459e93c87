for s in ["plain", "it's", 'say "x"', "both ' and \"", "\\", "\t\n\r", "\x01", "é ☃", "\u200b", ""]:
    print(repr(s))
print(str("x"), repr(repr("x")))
print([["nested", 'q"']], ("t",), {"k": "v"})
