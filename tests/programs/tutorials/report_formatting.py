sales = [
    ("North", "Widget", 1234.5, 12),
    ("South", "Gadget", 98.765, 3),
    ("East", "Widget", 45000.0, 250),
    ("West", "Doohickey", 0.5, 1),
    ("North", "Gadget", 7777.777, 77),
]

header = f"{'Region':<8}|{'Product':^11}|{'Revenue':>12}|{'Units':>6}|{'Share':>7}"
print(header)
print("-" * len(header))
total = sum(r for _, _, r, _ in sales)
for region, product, revenue, units in sales:
    share = revenue / total
    print(f"{region:<8}|{product:^11}|{revenue:>12,.2f}|{units:>6d}|{share:>7.1%}")
print("=" * len(header))
print(f"{'TOTAL':<8}|{'':^11}|{total:>12,.2f}|{sum(u for *_, u in sales):>6}|{1:>7.0%}")

print(f"{42:08.3f} {-42:+d} {42:+d} {42: d} {255:#x} {255:#o} {255:#b} {255:X}")
print(f"{1e6:e} {1e-5:.2e} {123456789:_} {0.000123:g} {1e20:g} {12345.6789:.3g}")
print(f"{'left':*<10}{'mid':=^9}{'right':->10}")
print(f"{3.14159!r:>10} {'quote'!r} {'x'!a} {10:{'>'}{6}}")
width, prec = 12, 3
print(f"[{2 / 3:{width}.{prec}f}] [{'s':{width}}] [{7:^{width}}]")
print("{:>6} {:<6}|{name}".format("a", "b", name="kw"))
print("{0}{1}{0}".format("ab", "cd"), "{!r}".format("r"), "{:,}".format(10 ** 9))
print("%s is %d years and %.1f%% done %r" % ("Al", 30, 99.5, "x"))
print("%(a)s-%(b)05d" % {"a": "k", "b": 42}, "%x %o %e" % (255, 8, 1234.5))
name = "World"
print(f"{name=}", f"{len(name) = }", f"{name.upper()!s:>8}")
print(f"{{literal}} {name[::-1]} {', '.join(c for c in name if c.islower())}")
print(f"{True:d} {False!s} {None!r} {3+4}")
nums = [3.5, -2.25, 100.0, 0.125]
print(" ".join(f"{n:>8.3f}" for n in nums))
print(" ".join(f"{n:<8g}|" for n in nums))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1234.5678, -2))
print(str(1 / 3), repr(2 / 3), 1e16, 1e15, 0.1 + 0.2, 3.0, -0.0)
print("abc".center(9, "."), "abc".ljust(6, "-"), "abc".rjust(6), "42".zfill(5), "-42".zfill(6))
