name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2} {'nested quotes'} {name.upper()} {len(name)}")
print(f"{pi:.2f} {pi:.0f} {pi:10.3f}| {pi:<10.2f}| {pi:08.3f}")
print(f"{n:>5}|{n:<5}|{n:^5}|{n:*^7}|{n:05}|{n:+d}|{-n:d}")
print(f"{1234567:,} {1234567.891:,.2f} {1234567:_}")
print(f"{255:x} {255:X} {255:#x} {5:b} {5:08b} {8:o} {8:#o}")
print(f"{12345.678:e} {0.000123:E} {0.5:%} {0.125:.1%} {1.5:g} {1e20:g}")
print(f"{{escaped}} {{{n}}}")
print(F"capital F {n}")
