print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("tab:\tend", "newline:\nsecond line")
print("backslash \\ and \x41\u00e9\U0001F600\101")
print(r"raw \n stays", R"raw \t too", r'\d+\.\w*')
print("""line one
line two
    indented line""")
print("a" "b" 'c', len("\n"), len(r"\n"))
print("unicode: héllo wörld ☃", len("☃"), "日本語"[1])
print('')
print(repr("quote'd"), repr('both \' and "'), repr("tab\t"), repr("nl\n"), repr("\x00\x7f"), repr("é"))
