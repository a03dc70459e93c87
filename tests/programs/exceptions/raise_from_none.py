def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError(f"no such key: {k}") from None

try:
    lookup({}, "x")
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
