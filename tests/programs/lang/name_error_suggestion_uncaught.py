number = 5
print(numbr + 1)
