class Weird(Exception):
    def __str__(self):
        return "weird: " + ",".join(map(str, self.args))
class Multi(Exception):
    pass
try:
    raise Multi("a", 1)
except Multi as e:
    print(e, repr(e))
try:
    raise Weird(1, 2)
except Weird as e:
    print(e, repr(e))
def handler():
    try:
        raise Weird("inner", 0)
    except Weird:
        raise Multi("outer", [1, 2])
handler()
