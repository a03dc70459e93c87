def parse_age(text):
    return int(text)

print(parse_age("41"))
print(parse_age("forty"))
