width = 10
prec = 3
value = 2 / 3
print(f"[{value:{width}}]")
print(f"[{value:{width}.{prec}f}]")
print(f"[{'hi':{'>'}{width}}]")
items = {"apple": 1.5, "kiwi": 12.25}
for k, v in items.items():
    print(f"{k:<{width}}{v:>{width}.2f}")
x = 7
print(f"{x=}")
print(f"{x + 1 = }")
print(f"{value=:.2f}")
print(f"{'a' if x > 5 else 'b'}")
print(f"{x:{'0'}{5}}")
