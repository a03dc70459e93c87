class Oops(Exception):
    def __str__(self):
        return "something went oops"

raise Oops(1, 2)
