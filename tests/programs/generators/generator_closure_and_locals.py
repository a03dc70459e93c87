def make_gen(prefix):
    count = 0
    def label(x):
        return f"{prefix}-{x}"
    while count < 3:
        count += 1
        yield label(count)

print(list(make_gen("a")), list(make_gen("b")))
g1, g2 = make_gen("x"), make_gen("y")
print(next(g1), next(g2), next(g1), next(g2))
