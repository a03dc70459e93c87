print(2**100, -2**63, 10**30 // 7, 10**30 % 7, (-10**30) // 7, (-10**30) % 7)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.0))
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2, -2), pow(-8, 1/3) if False else 0, pow(0, 0))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(3.14159, 3), round(7), round(7.0), type(round(7.5)), round(-7.45, 1))
print(0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 1.5e-7, 123456789.0 * 10, 1e22, 1e21 , 100.0, -0.0, 5e-324)
print(int("0x1f", 16), int("1f", 16), int(" 42 "), int("-0b101", 0), int("0o17", 0), int("1_000"), int("z", 36))
print(float("1e500"), float("-inf"), float(" 3.5 "), float("nan") == float("nan"), float("1_0.5"))
print(int(3.99), int(-3.99), int(True), float(7), 7 / 7, 2 ** -1, (-2) ** 2, -2 ** 2)
print(10 / 4, 10 // 4, 10.0 // 4, -10.0 // 4, 10 % 4.5, 1e308 * 10, -1e308 * 10)
for bad in ["abc", "1.5", "", "0x"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print((5).bit_length(), (255).to_bytes if False else 0, (-1).bit_length(), abs(-5), abs(-5.5))
print(3.0.is_integer(), (2.5).as_integer_ratio(), (0.1).hex() if False else "", float.fromhex("0x1p-2") if False else 0.25)
print(max(1, 2.0), min(-0.0, 0), 1 == 1.0, hash(1) == hash(1.0), True + True, 3 * True)
print(int("  -00012  "), int("+5"), 0o777, 0b1010, 0xFF, 1_000_000)
print(17 & 5, 17 | 5, 17 ^ 5, ~17, 1 << 70, -1 >> 3, (2**70) >> 68)
