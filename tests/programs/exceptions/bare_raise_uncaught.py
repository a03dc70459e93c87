def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError:
        print("missing key, re-raising")
        raise

print(load("a"))
load("b")
