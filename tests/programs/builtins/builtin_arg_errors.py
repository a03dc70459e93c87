for bad in [lambda: len(), lambda: len(1, 2), lambda: isinstance(1), lambda: abs(), lambda: chr(), lambda: ord(1), lambda: hash(), lambda: divmod(1), lambda: iter(), lambda: getattr(1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
