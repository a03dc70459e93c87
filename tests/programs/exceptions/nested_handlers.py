def inner():
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong handler")
    finally:
        print("inner finally")

def outer():
    try:
        inner()
    except ValueError as e:
        print("outer caught", e)
        return "handled"
    finally:
        print("outer finally")

print(outer())
