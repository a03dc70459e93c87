class S(str):
    def shout(self):
        return self.upper() + "!"
class L(list):
    def total(self):
        return sum(self)
class T(tuple):
    pass
class I(int):
    pass
class F(float):
    pass
print(type(S("a")).__name__, type(L([1])).__name__, type(T()).__name__, type(I(3)).__name__, type(F(1.5)).__name__)
print(isinstance(L(), L), S("hey").shout(), L([1, 2]).total())
