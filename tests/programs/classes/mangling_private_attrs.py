# Private attributes are stored under _Class__name.
class Account:
    __count = 0

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
        Account.__count += 1

    def deposit(self, amount):
        self.__balance += amount
        return self.__balance

    def forget(self):
        del self.__balance

    @classmethod
    def count(cls):
        return cls.__count


a = Account("ann", 10)
print(a.deposit(5))
print(sorted(k for k in vars(a)))
print(a._Account__balance)
print(Account.count(), Account._Account__count)
print("_Account__count" in Account.__dict__, "__count" in Account.__dict__)
print(getattr(a, "__balance", "no plain name"))
a.forget()
print(vars(a))
try:
    a.deposit(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(a.__balance)
except AttributeError as e:
    print("AttributeError:", e)
# Module-level code does not mangle.
a.__plain = 1
print(sorted(vars(a)))
