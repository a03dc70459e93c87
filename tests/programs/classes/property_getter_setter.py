class Account:
    def __init__(self, balance):
        self._balance = balance

    @property
    def balance(self):
        print("(getting)")
        return self._balance

    @balance.setter
    def balance(self, value):
        print("(setting)", value)
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    @property
    def doubled(self):
        return self._balance * 2

a = Account(10)
print(a.balance)
a.balance = 25
print(a.balance, a.doubled)
try:
    a.balance = -1
except ValueError as e:
    print("ValueError:", e)
try:
    a.doubled = 3
except AttributeError as e:
    print("AttributeError:", e)
