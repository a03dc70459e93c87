import sys
for arg in [None, 0, 3, "message", (1, 2)]:
    try:
        if arg is None:
            sys.exit()
        else:
            sys.exit(arg)
    except SystemExit as e:
        print(repr(e), e.code, e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit(1)
except Exception:
    print("never: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
