class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]

class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.trail.append("Left")

class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.trail.append("Right")

class Child(Left, Right):
    def __init__(self):
        print("Child.__init__")
        super().__init__()
        self.trail.append("Child")

c = Child()
print(c.trail)
print(super(Left, c).__init__ is not None)
