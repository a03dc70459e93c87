def f(x):
    return x * 2

print(f(21))
print("""two
lines""")
