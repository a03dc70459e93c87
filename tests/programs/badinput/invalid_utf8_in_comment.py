# a comment with a bad byte: ÿþ
print("unreachable")
