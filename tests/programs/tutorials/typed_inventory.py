from typing import Dict, List, Optional, Tuple, Union, Callable, Iterable, Any


class Item:
    def __init__(self, sku: str, name: str, price: float, qty: int = 0) -> None:
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty

    def __repr__(self) -> str:
        return f"Item({self.sku!r}, {self.name!r}, {self.price:.2f}, qty={self.qty})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Item) and self.sku == other.sku

    def __hash__(self) -> int:
        return hash(self.sku)


class Inventory:
    def __init__(self) -> None:
        self._items: Dict[str, Item] = {}

    def add(self, item: Item) -> None:
        if item.sku in self._items:
            self._items[item.sku].qty += item.qty
        else:
            self._items[item.sku] = item

    def remove(self, sku: str, qty: int = 1) -> Optional[Item]:
        item = self._items.get(sku)
        if item is None:
            return None
        if qty > item.qty:
            raise ValueError(f"only {item.qty} of {item.name} left")
        item.qty -= qty
        return item

    def find(self, pred: Callable[[Item], bool]) -> List[Item]:
        return [i for i in self._items.values() if pred(i)]

    def value(self) -> float:
        return sum(i.price * i.qty for i in self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterable[Item]:
        return iter(sorted(self._items.values(), key=lambda i: i.sku))

    def __getitem__(self, sku: str) -> Item:
        return self._items[sku]


def summarize(items: Iterable[Item]) -> Tuple[int, float]:
    items = list(items)
    return len(items), round(sum(i.price for i in items) / max(len(items), 1), 2)


def parse_qty(text: Union[str, int]) -> int:
    return text if isinstance(text, int) else int(text.strip())


inv = Inventory()
for sku, name, price, qty in [("B2", "bolt", 0.25, 100), ("N1", "nut", 0.1, 250), ("W9", "widget", 19.99, 3), ("B2", "bolt", 0.25, 20)]:
    inv.add(Item(sku, name, price, parse_qty(str(qty))))
print(len(inv), [i.sku for i in inv], inv["B2"])
print(f"value: {inv.value():,.2f}")
print(inv.remove("W9", 2), inv.remove("ZZ"))
try:
    inv.remove("W9", 5)
except ValueError as e:
    print("ValueError:", e)
cheap = inv.find(lambda i: i.price < 1)
print(cheap, summarize(cheap), summarize([]))
print(Item("B2", "other", 1) in inv.find(lambda i: True), len({Item("a", "x", 1), Item("a", "y", 2)}))
print(summarize.__annotations__)
print(Inventory.add.__annotations__, parse_qty(" 7 "), parse_qty(3))
meta: Dict[str, Any] = {"version": 2}
print(meta, Optional[int], List[str])
