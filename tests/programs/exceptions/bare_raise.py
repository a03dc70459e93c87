def handler():
    try:
        int("x")
    except ValueError:
        print("logging and re-raising")
        raise

try:
    handler()
except ValueError as e:
    print("outer caught:", e)

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
