nested = []
current = nested
for _ in range(200):
    inner = []
    current.append(inner)
    current = inner
depth = 0
node = nested
while node:
    node = node[0]
    depth += 1
print(depth)
print(str([[[[[]]]]]))
