"""Writes ../errors_cpython_test.go: lexical errors as CPython reports them.

Each case is run as `python3 x.py` (the file tokenizer, as pyasync runs a
file) and the SyntaxError's type, msg, lineno, offset, end_lineno and
end_offset are recorded. Run with python3 (CPython 3.11) from this
directory; it needs gofmt on PATH.
"""
import os
import subprocess
import sys
import tempfile

CASES = [
    # strings
    ("unterminated string", b'x = "abc\n'),
    ("unterminated string at EOF", b"x = 'abc"),
    ("unterminated string prefix", b'x = rb"abc\n'),
    ("unterminated string after continuation", b'x = "abc\\\n'),
    ("unterminated string non-ASCII before", b'\xc3\xa9 = "abc\n'),
    ("unterminated triple", b'x = """abc\n\n\n\n'),
    ("unterminated triple no newline", b"x = '''abc"),
    ("unterminated triple f", b'x = 1\ny = f"""{x}\nabc\n'),
    ("unterminated string line 3", b'x = 1\n\ny = "\n'),
    # indentation
    ("dedent mismatch", b"if 1:\n    x\n  y\n"),
    ("dedent mismatch long line", b"if 1:\n    x\n  yyyy = 1\n"),
    ("dedent mismatch no newline", b"if 1:\n  x\n y"),
    ("dedent mismatch non-ASCII", b"if 1:\n  x\n \xc3\xa9\n"),
    ("dedent mismatch nested", b"if 1:\n  if 2:\n      x\n    y\n"),
    ("dedent mismatch after continuation", b"if 1:\n  x = 1\n \\\n    y\n"),
    ("tab then spaces", b"if 1:\n\tx\n        y\n"),
    ("spaces then tab", b"if 1:\n        x\n\ty\n"),
    ("space tab vs tab", b"if 1:\n  \tx\n\ty\n"),
    ("tab vs space tab", b"if 1:\n\tx\n  \ty\n"),
    ("tab indent deeper", b"if 1:\n    x\n\t\ty\n"),
    ("tab nested", b"if 1:\n\tif 2:\n\t\tx\n\t        y\n"),
    ("too deep", b"".join(b" " * i + b"if 1:\n" for i in range(100)) + b" " * 100 + b"x\n"),
    # continuation
    ("char after continuation", b"x = 1 \\ 2\n"),
    ("char after continuation in indentation", b"  \\ 2\n"),
    ("char after continuation in brackets", b"x = (1 \\ 2)\n"),
    ("char after continuation non-ASCII", b"\xc3\xa9 = 1 \\ 2\n"),
    ("char after continuation second line", b"x = 1 + \\\n  2 \\ 3\n"),
    ("char after continuation after triple", b'x = """a\nb""" \\ 3\n'),
    ("char after continuation new buffer", b"x = (\n  1 \\ 2)\n"),
    ("EOF after continuation", b"x = 1 + \\"),
    ("EOF after continuation newline", b"x = 1 + \\\n"),
    ("EOF after continuation non-ASCII", b"\xc3\xa9\xc3\xa9 = 1 + \\\n"),
    ("EOF after lone continuation", b"\\\n"),
    ("EOF after continuation line 2", b"x = 1\n\\\n"),
    ("EOF after indented continuation", b"if 1:\n  x\n  \\\n"),
    ("EOF after continuations", b"x = 1 + \\\n  \\\n"),
    ("EOF after continuation in brackets", b"x = (1 + \\\n"),
    # brackets
    ("never closed", b"x = (\n"),
    ("never closed innermost", b"x = [1, (2,\n 3\n"),
    ("never closed non-ASCII", b"\xc3\xa9 = (\n"),
    ("never closed no newline", b"x = {1: 2"),
    ("unmatched", b")\n"),
    ("unmatched brace", b"x = 1\ny = 2}\n"),
    ("unmatched non-ASCII", b"\xc3\xa9 = )\n"),
    ("mismatch", b"(]\n"),
    ("mismatch other line", b"x = (1,\n 2]\n"),
    ("too many nested", b"(" * 201 + b")" * 201 + b"\n"),
    # numbers
    ("invalid decimal", b"1abc\n"),
    ("invalid decimal after space", b"x = 12abc\n"),
    ("invalid decimal euro", b"x = 1\xe2\x82\xac\n"),
    ("invalid decimal underscore", b"x = 1__0\n"),
    ("invalid decimal trailing underscore", b"x = 1_\n"),
    ("invalid decimal exponent", b"x = 1e\n"),
    ("invalid decimal exponent sign", b"x = 1e+\n"),
    ("invalid decimal exponent name", b"x = 1.5ex\n"),
    ("invalid decimal fraction underscore", b"x = 1._5\n"),
    ("invalid decimal zero underscore", b"x = 0_\n"),
    ("invalid decimal zero name", b"x = 0abc\n"),
    ("invalid imaginary", b"x = 1jk\n"),
    ("invalid hexadecimal", b"0x\n"),
    ("invalid hexadecimal g", b"x = 0xg\n"),
    ("invalid hexadecimal underscore", b"x = 0x1_\n"),
    ("invalid hexadecimal name", b"x = 0x1fg\n"),
    ("invalid octal digit", b"x = 0o8\n"),
    ("invalid octal digit later", b"x = 0o17\n" + b"y = 0o19\n"),
    ("invalid octal", b"x = 0o\n"),
    ("invalid octal name", b"x = 0o7a\n"),
    ("invalid binary digit", b"x = 0b2\n"),
    ("invalid binary digit later", b"x = 0b102\n"),
    ("invalid binary", b"x = 0b_\n"),
    ("leading zeros", b"012\n"),
    ("leading zeros long", b"x = 000123\n"),
    ("leading zeros non-ASCII", b"\xc3\xa9 = 09\n"),
    ("leading zeros underscore", b"x = 0_7\n"),
    # characters
    ("invalid character", b"x = 1\xe2\x82\xac\n"),
    ("invalid character in name", b"x\xe2\x82\xac = 1\n"),
    ("invalid character name start", b"\xe2\x82\xacx = 1\n"),
    ("invalid character middle dot start", b"x = \xc2\xb7b\n"),
    ("invalid character emoji", b"print(\xf0\x9f\x98\x80)\n"),
    ("invalid character after non-ASCII", b"\xc3\xa9 = 1 \xe2\x82\xac\n"),
    ("non-printable NBSP", b"x = \xc2\xa0 1\n"),
    ("non-printable ZWSP", b"x = \xe2\x80\x8b1\n"),
    ("non-printable control", b"x = 1\n\x01\n"),
    ("non-printable DEL", b"x = 1\x7f\n"),
    ("non-printable vertical tab", b"x = 1 \x0b 2\n"),
    # undecodable input
    ("null byte", b"x = 1\x00\n"),
    ("null byte line 3", b"x = 1\ny = 2\nz\x00\n"),
    ("null byte in string", b'x = "\x00"\n'),
    ("null byte before bad UTF-8", b"x = 1\x00\xff\n"),
    ("bad UTF-8", b"\xff\n"),
    ("bad UTF-8 line 2", b"x = 1\n\xff\n"),
    ("bad UTF-8 in string", b'x = "\xff"\n'),
    ("bad UTF-8 in triple", b'x = """\n\xff"""\n'),
    ("bad UTF-8 before null byte", b"x = 1\xfe\x00\n"),
    ("bad UTF-8 continuation byte", b"x = '\x80'\n"),
    ("bad UTF-8 truncated", b"x = '\xc3'\n"),
    ("bad UTF-8 in brackets", b"x = (\n\xff\n"),
    # CRLF
    ("CRLF dedent mismatch", b"if 1:\r\n    x\r\n  y\r\n"),
    ("CR unterminated", b"x = 'abc\ry = 1\r"),
]


def run(src):
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "sitecustomize.py"), "w") as f:
            f.write(
                "import sys\n"
                "def hook(t, e, tb):\n"
                "    print(repr((t.__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)), file=sys.stderr)\n"
                "sys.excepthook = hook\n")
        with open(os.path.join(d, "x.py"), "wb") as f:
            f.write(src)
        r = subprocess.run([sys.executable, "x.py"], cwd=d, capture_output=True,
                           env=dict(os.environ, PYTHONPATH=d))
        kind, msg, *pos = eval(r.stderr.decode())
        # CPython names the script by its absolute path; the test lexes "x.py".
        return (kind, msg.replace(os.path.join(d, ""), ""), *pos)


def go_bytes(b):
    out = '"'
    for c in b:
        ch = chr(c)
        if ch == '"' or ch == '\\':
            out += "\\" + ch
        elif 32 <= c < 127:
            out += ch
        elif ch == "\n":
            out += "\\n"
        elif ch == "\t":
            out += "\\t"
        else:
            out += "\\x%02x" % c
    return out + '"'


def go_string(s):
    return go_bytes(s.encode())


with open("../errors_cpython_test.go", "w") as f:
    f.write("// Code generated by gen/errors.py from CPython " + sys.version.split()[0] + "; DO NOT EDIT.\n\n")
    f.write("package lexer\n\n")
    f.write("// cpythonErrors are lexical errors as `python3 x.py` reports them.\n")
    f.write("var cpythonErrors = []struct {\n\tname string\n\tsrc  string\n\twant errorWant\n}{\n")
    for name, src in CASES:
        kind, msg, line, col, end_line, end_col = run(src)
        f.write("\t{%s, %s, errorWant{%s, %s, %d, %d, %d, %d}},\n" % (
            go_string(name), go_bytes(src), go_string(kind), go_string(msg),
            line or 0, col or 0, end_line or 0, end_col or 0))
    f.write("}\n")
subprocess.run(["gofmt", "-w", "../errors_cpython_test.go"], check=True)
