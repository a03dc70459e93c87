import asyncio


class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount}, balance is {balance}")
        self.balance = balance
        self.amount = amount


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self._lock = asyncio.Lock()
        self.history = []

    @property
    def balance(self):
        return self._balance

    async def deposit(self, amount):
        async with self._lock:
            current = self._balance
            await asyncio.sleep(0.001)
            self._balance = current + amount
            self.history.append(("+", amount))

    async def withdraw(self, amount):
        async with self._lock:
            current = self._balance
            await asyncio.sleep(0.001)
            if amount > current:
                raise InsufficientFunds(current, amount)
            self._balance = current - amount
            self.history.append(("-", amount))

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self._balance})"


class UnsafeAccount(Account):
    async def deposit(self, amount):
        current = self._balance
        await asyncio.sleep(0.001)
        self._balance = current + amount


async def transfer(src, dst, amount):
    await src.withdraw(amount)
    await dst.deposit(amount)


async def main():
    acct = Account("ann", 100)
    await asyncio.gather(*(acct.deposit(10) for _ in range(10)))
    print(acct)
    unsafe = UnsafeAccount("bob", 100)
    await asyncio.gather(*(unsafe.deposit(10) for _ in range(10)))
    print(unsafe, "(lost updates)")

    other = Account("cid")
    results = await asyncio.gather(
        transfer(acct, other, 50),
        transfer(acct, other, 100),
        transfer(acct, other, 80),
        return_exceptions=True,
    )
    for r in results:
        print("ok" if r is None else f"{type(r).__name__}: {r}")
    print(acct, other)
    print(acct.history[-3:], sum(a for s, a in other.history))
    try:
        acct.balance = 5
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())
