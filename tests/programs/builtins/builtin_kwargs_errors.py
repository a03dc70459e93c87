for bad in [lambda: len(obj=1), lambda: sorted([], reversed=True), lambda: int(x=1), lambda: max(1, 2, keyy=None), lambda: [].sort(1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
