def level3(d):
    return d["missing"]
def level2(d):
    try:
        return level3(d)
    except KeyError:
        helper = None
        return helper.attr
def level1():
    data = {"a": 1}
    return level2(data)
print("start")
level1()
