class Money:
    def __init__(self, cents, currency="USD"):
        self.cents = cents
        self.currency = currency

    def __format__(self, spec):
        symbol = {"USD": "$", "EUR": "€", "GBP": "£"}.get(self.currency, "?")
        amount = self.cents / 100
        if spec == "code":
            return f"{amount:.2f} {self.currency}"
        if spec:
            return f"{symbol}{amount:{spec}}"
        return f"{symbol}{amount:,.2f}"

    def __str__(self):
        return format(self)

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"

    def __add__(self, other):
        if isinstance(other, int) and other == 0:
            return self
        if self.currency != other.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return Money(self.cents + other.cents, self.currency)

    __radd__ = __add__

    def __iadd__(self, other):
        self.cents += other.cents
        return self

    def __mul__(self, factor):
        return Money(round(self.cents * factor), self.currency)

    def __eq__(self, other):
        return (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        return self.cents < other.cents

    def __le__(self, other):
        return self.cents <= other.cents


prices = [Money(1999), Money(250), Money(123456789), Money(5)]
for p in prices:
    print(f"{p!s:>18} | {p:code} | {p:>12.1f} | {p!r}")
total = sum(prices)
print("total:", total, "max:", max(prices), "sorted:", sorted(prices)[:2])
wallet = Money(100)
alias = wallet
wallet += Money(50)
print(wallet, alias is wallet, alias)
print(Money(1000) * 1.075, Money(3) * 0.5, Money(100, "EUR"), Money(100, "GBP"), Money(1, "JPY"))
try:
    Money(1) + Money(1, "EUR")
except ValueError as e:
    print("ValueError:", e)
print(Money(5) <= Money(5), Money(5) > Money(4), Money(5) >= Money(6), Money(1) == Money(1))
print("{:>10}|{:code}".format(Money(42), Money(42, "EUR")), format(Money(7), ".3f"))
try:
    print(f"{object():>10}")
except TypeError as e:
    print("TypeError:", e)
