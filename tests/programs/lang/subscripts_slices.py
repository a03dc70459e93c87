s = list(range(10))
print(s[2], s[-1], s[-3])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[:])
print(s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(s[5:2], s[100:], s[-100:2], s[3:3])
print("abcdef"[1:4], "abcdef"[::-1], "abcdef"[-2:], (1, 2, 3)[1:])
t = s[:]
t[::2] = ["x"] * 5
print(t)
del t[::3]
print(t)
print(range(10)[2:8:3], list(range(10)[::-2]))
