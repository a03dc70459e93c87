import sys


def log(*args):
    print("LOG:", *args, file=sys.stderr)


def process(items):
    total = 0
    for item in items:
        if not isinstance(item, int):
            log(f"skipping {item!r}")
            continue
        total += item
    return total


def main(argv):
    log("starting with", len(argv), "args")
    print("argv0 endswith .py:", argv[0].endswith(".py"))
    total = process([1, 2, "x", 3, None, 4])
    print("total =", total)
    sys.stdout.write("written directly\n")
    sys.stderr.write("warning: something odd\n")
    if total > 5:
        print("threshold exceeded", flush=True)
        return 3
    return 0


if __name__ == "__main__":
    try:
        code = main(sys.argv)
    finally:
        print("cleanup runs")
    sys.exit(code)
