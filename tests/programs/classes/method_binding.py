class C:
    def m(self, x):
        return (self.tag, x)

a = C()
a.tag = "a"
b = C()
b.tag = "b"
bound = a.m
print(bound(1), C.m(b, 2))
methods = [a.m, b.m]
print([f(0) for f in methods])
def free(self):
    return "free function as method on " + self.tag
C.free = free
print(a.free())
a.attr_fn = lambda: "instance attribute, not bound"
print(a.attr_fn())
