x = 1234567.891
n = -42
print(f"{x:,.2f}|{x:_.1f}|{x:>15,.3f}|{x:e}|{x:E}|{x:.3g}|{x:G}")
print(f"{n:+d}|{n: d}|{42:+d}|{42: d}|{n:08d}|{n:<8d}|{n:^8d}|{n:=8d}")
print(f"{255:b}|{255:#b}|{255:o}|{255:#o}|{255:x}|{255:#X}|{255:#010x}|{255:_b}")
print(f"{0.25:%}|{0.25:.1%}|{1/3:.4}|{2.5:.0f}|{3.5:.0f}|{1e16:g}|{1e-5:g}|{123456789:,}")
print(f"{65:c}|{'hi':>6}|{'hi':*<6}|{'hi':^7}|{'hello':.3}|{'hello':>8.2}")
print(f"{1234567:n}|{1.5:n}|{12345678901234567890:,}|{-1234:_}")
w, p = 10, 3
print(f"{x:{w}.{p}f}|{'a':{'>'}{w}}|{n:{'+'}{w}}")
s = "it's"
print(f"{s!r}|{s!s}|{'é'!a}|{s!r:>10}")
v = 3
print(f"{v=}|{v*2=}|{s=!s}|{x=:.1f}|{ v = }")
print(f"{True:d}|{True}|{None!r}|{[1, 'a']}|{(1,)}")
print(f"{-0.0}|{-0.0:+.1f}|{0.0:+.1f}|{float('inf'):f}|{float('-inf'):>6}|{float('nan'):F}")
print(f"{1e100:.3e}|{12.0:g}|{12.0:#g}|{0.0001:g}|{123.456:.2e}")
print(f"{3:0>4}|{3:x<4}|{-3:0=5}|{'x':0>3}")
print(f"{10**20:e}|{2**64:x}|{-255:#x}|{-5:b}")
print(f"{'ab'!r:^9}|{12:#>+6}")
try:
    print(f"{'s':d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{1.5:d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{5:,s}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{'a':=5}")
except ValueError as e:
    print("ValueError:", e)
print(f"{'nested {}'}", f"{{}}", f"{'{'}", f"{3:{'0'}{5}}")
