for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)
    else:
        print("inner loop of", i, "ended without break")
count = 0
while True:
    for k in range(100):
        count += 1
        if count >= 5:
            break
    if count >= 5:
        break
print("count", count)
