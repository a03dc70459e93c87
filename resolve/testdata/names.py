"""Records the identifiers CPython 3.11 compiles each case's code to.

Usage: python3 names.py CASES > GOLDEN

For each case (see oracle.py for the format) the output repeats the header,
then the sorted identifiers that contain "__" but are not dunders
(__name__), found in the names, varnames, cellvars and freevars of every
code object, one line; or "error" when the case does not compile.
"""
import sys
import types


def cases(text):
    for chunk in ("\n" + text).split("\n=== ")[1:]:
        header, _, body = chunk.partition("\n")
        yield header, body


def private(name):
    return "__" in name and not (name.startswith("__") and name.endswith("__"))


def collect(code, out):
    for n in code.co_names + code.co_varnames + code.co_cellvars + code.co_freevars:
        if private(n):
            out.add(n)
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            collect(c, out)


def main():
    for header, body in cases(open(sys.argv[1]).read()):
        print("=== " + header)
        try:
            code = compile(body, "x.py", "exec")
        except SyntaxError:
            print("error")
            continue
        out = set()
        collect(code, out)
        print(" ".join(sorted(out)))


main()
