print("before the bad byte")
x = "café"
print(x)
