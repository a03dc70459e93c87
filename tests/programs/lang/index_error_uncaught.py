def last_but(items, k):
    return items[-k - 1]

print(last_but([1, 2, 3], 1))
print(last_but([1, 2, 3], 5))
