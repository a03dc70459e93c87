#!/usr/bin/env python3
"""Record CPython 3.11's answers for the parser's golden tests.

Run from anywhere with CPython 3.11:  python3 parser/testdata/record.py

Reads the cases in ast.txt and errors.txt and writes ast.golden.json and
errors.golden.json next to them. The Go tests read only the golden files.

Case files: cases are separated by lines holding only "----"; a case is
the source text between separators, newline included. A case whose last
line is "<no newline>" ends without a newline.
"""
import ast
import json
import os
import sys

assert sys.version_info[:2] == (3, 11), "record with CPython 3.11"

HERE = os.path.dirname(os.path.abspath(__file__))

# Errors CPython raises in its compiler that the parser reports too.
COMPILER_ERRORS = {
    "starred assignment target must be in a list or tuple",
    "multiple starred expressions in assignment",
    "can't use starred expression here",
}


def cases(name):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
        text = f.read()
    out, cur = [], []
    for line in text.splitlines(keepends=True):
        if line.rstrip("\n") == "----":
            out.append("".join(cur))
            cur = []
        else:
            cur.append(line)
    out.append("".join(cur))
    result = []
    for c in out:
        if not c.strip():
            continue
        if c.endswith("<no newline>\n"):
            c = c[: -len("<no newline>\n")].removesuffix("\n")
        result.append(c)
    return result


def error_record(src):
    try:
        ast.parse(src, "x.py")
    except SyntaxError as e:
        return error_fields(e)
    try:
        compile(src, "x.py", "exec", dont_inherit=True)
    except SyntaxError as e:
        if e.msg in COMPILER_ERRORS:
            return error_fields(e)
    return {"ok": True}


def error_fields(e):
    return {
        "kind": type(e).__name__,
        "msg": e.msg,
        "line": e.lineno,
        "offset": e.offset,
        "end_line": e.end_lineno,
        "end_offset": e.end_offset,
    }


def write(name, records):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(records, f, indent=1, ensure_ascii=False)
        f.write("\n")


def main():
    dumps = []
    for src in cases("ast.txt"):
        tree = ast.parse(src, "x.py")
        rec = {"src": src, "dump": ast.dump(tree)}
        if src.isascii():
            # Columns are UTF-8 bytes in CPython, code points in pyasync:
            # they agree on ASCII sources.
            rec["dump_pos"] = ast.dump(tree, include_attributes=True)
        dumps.append(rec)
    write("ast.golden.json", dumps)
    errors = []
    for src in cases("errors.txt"):
        rec = {"src": src}
        rec.update(error_record(src))
        errors.append(rec)
    write("errors.golden.json", errors)


main()
