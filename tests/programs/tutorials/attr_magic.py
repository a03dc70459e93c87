class Config:
    def __init__(self, **values):
        object.__setattr__(self, "_values", dict(values))
        object.__setattr__(self, "_frozen", False)

    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"no config key {name!r}") from None

    def __setattr__(self, name, value):
        if self._frozen:
            raise AttributeError(f"config is frozen; cannot set {name}")
        self._values[name] = value

    def __delattr__(self, name):
        del self._values[name]

    def freeze(self):
        object.__setattr__(self, "_frozen", True)
        return self

    def __contains__(self, key):
        return key in self._values

    def __len__(self):
        return len(self._values)

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in sorted(self._values.items()))
        return f"Config({items})"


cfg = Config(host="localhost", port=8080)
cfg.debug = True
print(cfg, len(cfg), cfg.port, "debug" in cfg)
del cfg.debug
print(getattr(cfg, "debug", "unset"), hasattr(cfg, "host"), hasattr(cfg, "nope"))
cfg.debug = False
cfg.__delattr__("debug")
print(getattr(cfg, "debug", "unset"))
try:
    cfg.timeout
except AttributeError as e:
    print("AttributeError:", e)
cfg.freeze()
try:
    cfg.port = 1
except AttributeError as e:
    print("AttributeError:", e)


class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.private[1:]} must be > 0, got {value}")
        setattr(obj, self.private, value)


class Order:
    quantity = Positive()
    price = Positive()

    def __init__(self, item, quantity, price):
        self.item = item
        self.quantity = quantity
        self.price = price

    @property
    def total(self):
        return self.quantity * self.price


o = Order("pen", 3, 1.5)
print(o.total, o.__dict__, type(Order.quantity).__name__)
try:
    o.quantity = 0
except ValueError as e:
    print("ValueError:", e)


class Temperature:
    def __init__(self):
        self._c = 0.0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = float(v)

    @celsius.deleter
    def celsius(self):
        print("resetting")
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
del t.celsius
print(t.celsius, vars(t))
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(k for k in vars(Order) if not k.startswith("__")))
setattr(o, "note", "gift")
print(o.note, getattr(o, "item"), delattr(o, "note"), hasattr(o, "note"))
