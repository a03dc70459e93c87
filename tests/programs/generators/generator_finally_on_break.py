def items():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator finalised")

gen = items()
for v in gen:
    if v == 2:
        break
    print(v)
print("loop left, generator suspended")
gen.close()
print("after close")
g = items()
print(next(g), next(g))
g.close()
print(next(g, "closed"))
