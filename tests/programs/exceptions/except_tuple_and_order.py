for exc in [ValueError("v"), TypeError("t"), KeyError("k"), IndexError("i")]:
    try:
        raise exc
    except (ValueError, TypeError) as e:
        print("group 1:", repr(e))
    except KeyError as e:
        print("group 2:", repr(e))
    except Exception as e:
        print("fallback:", repr(e))
try:
    raise KeyError("first match wins")
except LookupError:
    print("LookupError clause")
except KeyError:
    print("never: earlier clause matched")
