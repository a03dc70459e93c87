#!/usr/bin/env python3
"""Record CPython's answers for the strfmt tests.

Run from the package directory with CPython 3.11:

    python3 testdata/gen.py | gzip -9n > testdata/cases.json.gz

Every case is [input..., result] where result is ["ok", value] or
[exception class name, message]. Floats are written with float.hex() so
they cross over exactly. The random parts use a fixed seed, so the output
is stable.
"""
import json
import math
import random
import struct
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "record with CPython 3.11"
rnd = random.Random(20240611)


def fhex(f):
    return float.hex(float(f))


def run(fn, enc=lambda v: v):
    try:
        return ["ok", enc(fn())]
    except Exception as e:  # record the exception's class and message
        return [type(e).__name__, str(e)]


def random_double():
    while True:
        f = struct.unpack("<d", struct.pack("<Q", rnd.getrandbits(64)))[0]
        if math.isfinite(f):
            return f


# --- repr(float) ---------------------------------------------------------
repr_floats = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 1 / 3, 2 / 3, 1e16, 1e15,
               9999999999999998.0, 1e17, 123456789012345.0, 1234567890123456.0,
               12345678901234567.0, 1.2345678901234568e+17, 1e-4, 1e-5, 0.0001234,
               0.00001234, 1.5e-07, 1e22, 1e23, 1e300, 1e308, 1.7976931348623157e308,
               5e-324, 2.2250738585072014e-308, 2.2250738585072009e-308, math.pi,
               math.e, 100.0, 1e100, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2e16 + 8, 0.3,
               0.1 + 0.2, 9.995, 2.675, 1.1, 10.0, 1e-7, 123.456, math.inf,
               -math.inf, math.nan]
repr_floats += [random_double() for _ in range(1500)]
repr_floats += [rnd.uniform(-1e6, 1e6) for _ in range(500)]
repr_floats += [round(rnd.uniform(-1000, 1000), rnd.randint(0, 6)) for _ in range(500)]
repr_floats += [rnd.choice([1, -1]) * 10.0 ** rnd.randint(-30, 30) * rnd.randint(1, 999)
                for _ in range(500)]
float_repr = [[fhex(f), repr(f)] for f in repr_floats]

# --- format() -------------------------------------------------------------
int_values = [0, 1, -1, 7, 42, -42, 65, 97, 255, -255, 1234, -1234, 1234567,
              -1234567890, 2 ** 31, 2 ** 63 - 1, -2 ** 63, 2 ** 63, 2 ** 64,
              -(2 ** 64) + 7, 10 ** 30, -10 ** 30 + 1, 2 ** 100, 10 ** 310,
              0x1F600, 0x10FFFF, 0x110000, 0xE9]
bool_values = [True, False]
float_values = [0.0, -0.0, 1.0, -1.0, 1.5, 2.5, 0.5, 0.1, -0.1, 123.456, -1234567.891,
                1e16, 1e-5, 1e-4, 0.0001234, 1e22, 1e300, -1e-300, 5e-324,
                1.7976931348623157e308, math.inf, -math.inf, math.nan, 3.14159, 100.0,
                9.995, 2.675, 1e100, 123456789012345678.0, 0.000999, 99999.99,
                -0.0004, 12345.6789]
str_values = ["", "a", "abc", "hello world", "ä", "über", "日本語", "😀x", "it's",
              "tab\there", "x" * 20, "Ω≈ç√"]

parts = {
    "fill": ["", "<", ">", "^", "=", "*<", "*^", "*>", "0>", "x=", "😀^", "0<", " ="],
    "sign": ["", "", "+", "-", " "],
    "z": ["", "", "", "z"],
    "alt": ["", "", "#"],
    "zero": ["", "", "0"],
    "width": ["", "", "1", "8", "15", "25"],
    "group": ["", "", ",", "_"],
    "prec": ["", "", ".0", ".1", ".3", ".10", ".17", ".20"],
    "type": ["", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G",
             "%", "s", "?"],
}
hand_specs = [
    "", "d", "5", "05", "010", "-010", "+", " ", "<5", ">5", "^5", "=5", "*^9", "0=9",
    ",", "_", "010,", "09,", "020,.2f", "_x", "_b", "_o", "_X", "#_x", "#_b",
    "#010_b", "#x", "#X", "#o", "#b", "#010x", "x", "X", "o", "b", "c", "05c", "^5c",
    "n", ".0", ".1", ".3", ".6", ".17", ".20", "10", "10.3", "#", "#.0", "#.3",
    "e", "E", ".0e", "#.0e", ".3e", "f", "F", ".0f", "#.0f", ".2f", ".10f", "g",
    "G", ".0g", "#g", "#.3g", "#.10g", "%", ".0%", ".1%", "_%", "z", "z.1f", "z.0f",
    "z.3g", "z%", "+z", "z,", "s", ".2", "10.2", "x<10.2", ",s", "_s", ",d", ",x",
    ",c", ",n", ",e", ",_", "_,", ",,", ".", "5.", "xx", "<5xx", "abc", "é", "\x01",
    " ", "=", "^", "<", ">", "99999999999999999999", "٣", "٣d", "\u0663.\u0661f",
    ".2147483648", ".50f", ".400e", "#.25g", "-^+#010",
    "+=12,", "=^+12,", "0=12,.1f", "x=12,.1f", "0<8", "\x01<5", "😀^7", "😀^8.2",
    ",.3f", "_.3e", "+.3%", " .2g", "0>15,.2f", "015_.2f", "+#x", " #o", "#=10b",
    "+c", "#c", "-c", ".2c", ".2d",
]


def random_spec():
    return "".join(rnd.choice(parts[k]) for k in
                   ("fill", "sign", "z", "alt", "zero", "width", "group", "prec", "type"))


random_specs = [random_spec() for _ in range(400)]


def fmt_case(kind, value, spec, tname):
    enc = fhex(value) if kind == "float" else str(int(value)) if kind == "int" else value
    return [kind, enc, spec, tname, run(lambda: format(value, spec))]


fmt = []
for spec in hand_specs:
    for v in int_values:
        fmt.append(fmt_case("int", v, spec, "int"))
    for v in bool_values:
        if spec:  # format(True, "") is str(True): the caller's business
            fmt.append(fmt_case("int", v, spec, "bool"))
    for v in float_values:
        fmt.append(fmt_case("float", v, spec, "float"))
    for v in str_values:
        fmt.append(fmt_case("str", v, spec, "str"))
for spec in random_specs:
    for v in rnd.sample(int_values, 5):
        fmt.append(fmt_case("int", v, spec, "int"))
    for v in rnd.sample(float_values, 5):
        fmt.append(fmt_case("float", v, spec, "float"))
    for v in rnd.sample(str_values, 4):
        fmt.append(fmt_case("str", v, spec, "str"))
# Widths over 2**31-1 are a MemoryError by design, written by hand: CPython
# raises it for 10**18, but would build a 3e9-character string.
fmt.append(["int", "1", "1000000000000000000", "int", ["MemoryError", ""]])
fmt.append(["str", "a", "3000000000", "str", ["MemoryError", ""]])
fmt.append(["float", fhex(1.0), "0=3000000000", "float", ["MemoryError", ""]])

# --- repr(str) --------------------------------------------------------------
repr_strs = ["", "a", "'", '"', "'\"", "it's", 'say "hi"', "both ' and \"", "\\",
             "\t\n\r", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xa1\xad\xff", "é日本😀",
             "\u2028\u2029\u200b\u200e\ufeff", "\u0378\uffff\U0010ffff\U000e0001",
             "\ue000\U000f0000", "\u3000\u00a0\u1680", "a\u0301", "\U0001f600\U0001fa00",
             "back\\slash'quote"]
ranges = [(0, 0x80), (0x80, 0x800), (0x800, 0x10000), (0x10000, 0x110000)]
for _ in range(400):
    s = []
    for _ in range(rnd.randint(1, 8)):
        lo, hi = rnd.choice(ranges)
        c = rnd.randrange(lo, hi)
        cat = unicodedata.category(chr(c))
        # Skip surrogates, and code points unassigned in Unicode 14: a newer
        # Unicode (Go's) may assign them.
        if cat == "Cs" or (cat == "Cn" and not (c & 0xFFFE == 0xFFFE or 0xFDD0 <= c <= 0xFDEF)):
            continue
        s.append(chr(c))
    repr_strs.append("".join(s))
str_repr = [[s, repr(s)] for s in repr_strs]

# --- int(s, base), results in hex: str() of a long one would fail ------------------------------------------------------------
int_strs = ["0", "-0", "+5", " 12 ", "\t-0x1F\n", "0x1f", "0X1F", "0o17", "0O17",
            "0b101", "0B101", "0b", "0x", "0o", "1_000", "1__000", "_1", "1_", "0_7",
            "007", "00", "0_0", "-00", "z", "Z", "zz", "12a", "١٢٣", "\u00a012\u2003",
            "1\x00", "", " ", "-", "+", "- 1", "+-1", "99999999999999999999999",
            "-9223372036854775808", "9223372036854775808", "0x_ff", "0x__ff",
            "0_x1", "ff", "FF", "1e5", "3.0", "10", "0b_1_0", "0o_7", "1 1", "\x1c1",
            "\x0b1\x0c", "a" * 300, "9" * 4300, "9" * 4301, "1" * 5000 + "x",
            "0b" + "1" * 5000, "f" * 5000, "1_" * 2000 + "1", "𝟏𝟐", "½", "1²",
            "0x\u0661", "١_٢", "\u205f7\u3000"]
int_bases = [0, 2, 8, 10, 16, 36, 3, 7, 1, 37, -1]
parse_int = []
for s in int_strs:
    for b in int_bases if len(s) < 1000 else [0, 10, 16]:
        parse_int.append([s, b, run(lambda: int(s, b), lambda z: format(z, "x"))])

# --- float(s) ----------------------------------------------------------------
float_strs = ["", " ", "x", "1_0", "1__0", "_1", "1_", "1e1_0", "1_e1", "1e_1", "in_f",
              "-nan", "+nan", "NaN", "nAn", "inf", "-inf", "+Infinity", "-INFINITY",
              "infinit", "infinityy", "1e400", "-1e400", "1e-400", "-1e-400", ".",
              "1.", ".5", "-.5", "+.5e-3", "0x10", "١.٥", "1\x00", "nan ", " -iNF ",
              "1e", "1e+", "1e-5", "1E5", "1.5E+3", "--1", "+-1", "1.2.3", "1e5.5",
              "1e999999999999999999", "0e999999999999999999", "1" * 400, "0." + "0" * 400 + "1",
              "2.2250738585072011e-308", "4.9406564584124654e-324", "2.4703282292062327e-324",
              "2.4703282292062328e-324", "1.7976931348623158e308", "1.7976931348623159e308",
              "\u00a01.5\u2003", "1_000.000_1", "1._5", "1_.5", "1.5_", "0_0.0_0e0_0",
              "𝟏.𝟓", "½", " \t\n\x0b\x0c\r3\r\n", "\x1c3", "infinity_", "1 2"]
float_strs += [repr(random_double()) for _ in range(300)]
float_strs += ["%.*e" % (rnd.randint(0, 25), random_double()) for _ in range(200)]
parse_float = [[s, run(lambda: float(s), fhex)] for s in float_strs]

# --- round() -----------------------------------------------------------------
round_cases = []
round_values = [2.675, 0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, -4.0, 5e-324, 123.0, -123.0,
                1.7976931348623157e308, 1e300, 1.005, 0.285, 1234.5678, -0.0, 0.0, 1e-10,
                math.inf, -math.inf, math.nan, 5.0, 15.0, 25.0, 35.0, 2 ** 52 + 0.5]
round_digits = [-400, -309, -308, -307, -300, -10, -3, -2, -1, 0, 1, 2, 3, 10, 17, 20, 300,
                322, 323, 324, 400]
for v in round_values:
    for n in round_digits:
        round_cases.append([fhex(v), n, run(lambda: round(v, n), fhex)])
for _ in range(1500):
    v = rnd.choice([random_double(), rnd.uniform(-1e4, 1e4), rnd.uniform(-1, 1) * 10.0 ** rnd.randint(-20, 20),
                    round(rnd.uniform(-100, 100), rnd.randint(0, 4)) + rnd.choice([0, 0.5, 0.05, 0.005])])
    n = rnd.choice([rnd.randint(-5, 10), rnd.randint(-320, 330)])
    round_cases.append([fhex(v), n, run(lambda: round(v, n), fhex)])

round_half = []
for v in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2 ** 52 + 0.5, 1e300,
          -0.0, 3.7, -3.7, 1e16 + 2, math.inf, -math.inf, math.nan] + \
        [rnd.uniform(-1e6, 1e6) for _ in range(200)] + [rnd.randint(-100, 100) / 2 for _ in range(100)]:
    round_half.append([fhex(v), run(lambda: round(v), str)])

out = {
    "float_repr": float_repr,
    "format": fmt,
    "str_repr": str_repr,
    "parse_int": parse_int,
    "parse_float": parse_float,
    "round": round_cases,
    "round_half": round_half,
}
print("{")
for i, (k, cases) in enumerate(out.items()):
    print(json.dumps(k) + ": [")
    print(",\n".join(json.dumps(c) for c in cases))
    print("]" + ("," if i < len(out) - 1 else ""))
print("}")
