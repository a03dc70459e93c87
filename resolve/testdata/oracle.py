"""Records what CPython says about the resolver's test cases.

Usage: python3 oracle.py CASES > GOLDEN

CASES holds programs, each introduced by a line "=== name" ("=== name tla"
compiles it in top-level-await mode, like the asyncio REPL). For each case
the output repeats the header, then either the SyntaxError

    error LINE:OFFSET-END_LINE:END_OFFSET MESSAGE

or one line per scope, in symbol table order (the order resolve builds its
scopes in):

    QUALNAME KIND params=[...] locals=[...] cells=[...] frees=[...] | NAME=SCOPE ...

KIND is the code kind (module, class, function, generator, coroutine,
asyncgen); params are the parameters in slot order, locals the other
frame slots, cells and frees the code object's cell and free variables
(all three sorted); the symbols are sorted and SCOPE is local, cell, free,
global (declared) or implicit (an undeclared global).
"""
import ast
import symtable
import sys
import types

SCOPES = {symtable.LOCAL: "local", symtable.GLOBAL_EXPLICIT: "global",
          symtable.GLOBAL_IMPLICIT: "implicit", symtable.FREE: "free",
          symtable.CELL: "cell"}
CO_VARARGS, CO_VARKEYWORDS = 0x04, 0x08
CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR = 0x20, 0x80, 0x200


def cases(text):
    for chunk in ("\n" + text).split("\n=== ")[1:]:
        header, _, body = chunk.partition("\n")
        yield header, body


def kind(table, code):
    if table.get_type() in ("module", "class"):
        if code.co_flags & CO_COROUTINE:
            return "coroutine"
        return table.get_type()
    if code.co_flags & CO_ASYNC_GENERATOR:
        return "asyncgen"
    if code.co_flags & CO_COROUTINE:
        return "coroutine"
    if code.co_flags & CO_GENERATOR:
        return "generator"
    return "function"


def dump(table, code, out):
    nparams = code.co_argcount + code.co_kwonlyargcount
    nparams += bool(code.co_flags & CO_VARARGS) + bool(code.co_flags & CO_VARKEYWORDS)
    params = list(code.co_varnames[:nparams])
    locals_ = sorted(code.co_varnames[nparams:])
    syms = " ".join(f"{s.get_name()}={SCOPES[s._Symbol__scope]}"
                    for s in sorted(table.get_symbols(), key=lambda s: s.get_name()))
    out.append(f"{code.co_qualname} {kind(table, code)} params=[{' '.join(params)}] "
               f"locals=[{' '.join(locals_)}] cells=[{' '.join(sorted(code.co_cellvars))}] "
               f"frees=[{' '.join(sorted(code.co_freevars))}] | {syms}")
    # Match child tables with nested code objects by name, in order.
    codes = {}
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            codes.setdefault(c.co_name, []).append(c)
    for child in table.get_children():
        name = child.get_name()
        if name in ("lambda", "listcomp", "setcomp", "dictcomp", "genexpr"):
            name = f"<{name}>"
        candidates = codes.get(name)
        if not candidates:
            # The compiler dropped unreachable code: no truth to record.
            out.append(f"{name} dropped by the compiler")
            continue
        # Code is generated in another order than the symbol table is
        # built (a comprehension before its first iterable): prefer the
        # code object with this table's variables.
        names = {s.get_name() for s in child.get_symbols()
                 if s._Symbol__scope in (symtable.LOCAL, symtable.CELL)}
        frees = {s.get_name() for s in child.get_symbols() if s.is_free()}
        code = next((c for c in candidates
                     if set(c.co_varnames) | set(c.co_cellvars) == names
                     and set(c.co_freevars) == frees), candidates[0])
        candidates.remove(code)
        dump(child, code, out)


def main():
    text = open(sys.argv[1]).read()
    for header, body in cases(text):
        print("=== " + header)
        flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT if header.split()[1:] == ["tla"] else 0
        try:
            code = compile(body, "x.py", "exec", flags=flags)
        except SyntaxError as e:
            print(f"error {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset} {e.msg}")
            continue
        out = []
        dump(symtable.symtable(body, "x.py", "exec"), code, out)
        print("\n".join(out))


main()
