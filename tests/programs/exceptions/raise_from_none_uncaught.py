def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError(f"no such key: {k}") from None

lookup({"a": 1}, "b")
