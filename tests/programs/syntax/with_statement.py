class Manager:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False

with Manager("a") as value:
    print("body got", value)
with Manager("outer") as o, Manager("inner") as i:
    print(o, i)
try:
    with Manager("failing"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
