café = "accented identifier"
π = 3.14159
names = {"café": café, "π": π}
print(café, π, names)
print("x" * 300)
