examples = [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(), IndexError(3),
            Exception("msg", None), RuntimeError(""), StopIteration(5), SystemExit(2), TypeError(["list"])]
for e in examples:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
