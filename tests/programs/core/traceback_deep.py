class ValidationError(Exception):
    pass
def parse(s):
    return int(s)
def validate(item):
    try:
        return parse(item)
    except ValueError as e:
        raise ValidationError(f"bad item {item!r}") from e
def process(items):
    return [validate(i) for i in items]
def main():
    print(process(["1", "2"]))
    try:
        process(["3", "x"])
    finally:
        print("cleanup")
main()
