class A:
    @property
    def x(self): return 1
print(A.x.__isabstractmethod__, staticmethod(len).__isabstractmethod__)
