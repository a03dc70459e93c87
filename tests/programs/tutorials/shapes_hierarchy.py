PI = 3.141592653589793


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @property
    def area(self):
        raise NotImplementedError

    @property
    def perimeter(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area:.2f})"

    def __lt__(self, other):
        return self.area < other.area


class Rectangle(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h

    @property
    def area(self):
        return self.w * self.h

    @property
    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, name="square")

    @property
    def side(self):
        return self.w

    @side.setter
    def side(self, value):
        if value <= 0:
            raise ValueError(f"side must be positive, got {value}")
        self.w = self.h = value


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    @property
    def area(self):
        return PI * self.r ** 2

    @property
    def perimeter(self):
        return 2 * PI * self.r


shapes = [Rectangle(3, 4), Square(2), Circle(1.5), Rectangle(1, 10, "strip")]
for s in shapes:
    print(s, f"perimeter={s.perimeter:.3f}")
print("count:", Shape.count)
print("sorted:", sorted(shapes))
print("largest:", max(shapes, key=lambda s: s.area).name)
sq = shapes[1]
sq.side = 5
print(sq.side, sq.area, sq)
try:
    sq.side = -1
except ValueError as e:
    print("error:", e)
try:
    Shape("abstract").area
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
print(isinstance(sq, Rectangle), issubclass(Square, Shape), Square.__mro__)
print([type(s).__name__ for s in sorted(shapes, key=lambda s: s.perimeter, reverse=True)])
