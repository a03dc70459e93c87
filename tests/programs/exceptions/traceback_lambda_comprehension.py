convert = lambda s: int(s)

def convert_all(items):
    return [convert(x) for x in items]

print(convert_all(["1", "2"]))
print(convert_all(["3", "four"]))
