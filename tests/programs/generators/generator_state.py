def g():
    yield 1
    yield 2
gen = g()
print(list(zip(gen, "ab")))
print(next(gen, "end"))
def running():
    yield gen_ref_check()
def gen_ref_check():
    try:
        next(r)
    except ValueError as e:
        return str(e)
r = running()
print(next(r))
