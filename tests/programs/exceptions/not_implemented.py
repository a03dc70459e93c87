class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

print(Square(3).area())
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(NotImplemented, type(NotImplemented).__name__)
Shape().area()
