def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

print(factorial(30))
print(factorial(50))
print(2 ** 200)
print(2 ** 64 - 1, -(2 ** 63))
print(10 ** 30 // 7, 10 ** 30 % 7)
big = 123456789012345678901234567890
print(big * big)
print(big + 1 - big, big // big, -big)
print(len(str(factorial(100))))
