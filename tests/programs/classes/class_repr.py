class Outer:
    class Inner:
        pass
    def method(self):
        pass

print(Outer)
print(Outer.Inner)
print(Outer.Inner.__qualname__)
print(int, str, type, object)
print(type(None), type(print), type(len))
print(Outer.method.__qualname__)
