i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("i =", i)
else:
    print("not printed: loop was broken")
n = 3
while n:
    n -= 1
else:
    print("while-else runs when the condition becomes false, n =", n)
