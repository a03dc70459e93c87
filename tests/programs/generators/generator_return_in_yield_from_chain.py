def leaf(n):
    yield n
    return n * 10

def branch():
    total = 0
    for i in range(3):
        total += yield from leaf(i)
    return total

def root():
    t = yield from branch()
    yield f"total {t}"

print(list(root()))
