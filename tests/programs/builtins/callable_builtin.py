class C:
    def __call__(self):
        return 1
    def method(self):
        pass
print(callable(print), callable(len), callable(C), callable(C()), callable(C().method), callable(lambda: 0))
print(callable(1), callable("s"), callable(None), callable([]), callable(int), callable(type))
