def numbers():
    yield 1
    yield 2
    raise ValueError("generator broke")
def consume():
    total = 0
    for n in numbers():
        print("got", n)
        total += n
    return total
def wrap():
    try:
        return consume()
    finally:
        print("wrap finally")
wrap()
