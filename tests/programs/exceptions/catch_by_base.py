def risky(kind):
    if kind == 1:
        return {}["missing"]
    if kind == 2:
        return [][0]
    if kind == 3:
        return 1 / 0
    if kind == 4:
        raise NotImplementedError("later")
    return "fine"

for k in range(5):
    try:
        print(risky(k))
    except LookupError as e:
        print("lookup problem:", type(e).__name__, e)
    except ArithmeticError as e:
        print("arithmetic problem:", type(e).__name__, e)
    except RuntimeError as e:
        print("runtime problem:", type(e).__name__, e)
