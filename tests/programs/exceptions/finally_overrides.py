def f():
    try:
        return "from try"
    finally:
        print("finally runs before return")

def g():
    try:
        return "from try"
    finally:
        return "from finally"

def h():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"

def loop():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("finally in loop", i)
    return i

print(f(), g(), h(), loop())
