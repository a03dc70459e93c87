print(ord("a"), ord("A"), ord("0"), ord("é"), ord("☃"), ord("\n"), ord("😀"))
print(chr(97), chr(65), chr(233), chr(9731), repr(chr(10)), chr(128512))
print("".join(chr(ord(c) + 1) for c in "HAL"))
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    ord("")
except TypeError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    chr("a")
except TypeError as e:
    print(e)
