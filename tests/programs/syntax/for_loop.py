for ch in "abc":
    print(ch, end=" ")
print()
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print(i)
for x in []:
    print("never")
else:
    print("for-else after empty loop")
for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print("no break happened")
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print("not printed")
print("x is", x)
