def parse(text):
    try:
        return int(text)
    except ValueError as exc:
        raise RuntimeError("could not parse the configuration") from exc

def main():
    return parse("eleven")

main()
