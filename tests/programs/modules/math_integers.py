import math

print(math.gcd(48, 180), math.gcd(0, 0), math.gcd(12, 18, 27), math.gcd(), math.gcd(-4))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(), math.lcm(0, 5))
print(math.gcd(2**200 * 3, 6**80))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(len(str(math.factorial(500))))
print(math.comb(52, 5), math.comb(10, 11), math.comb(100, 50))
print(math.perm(10, 3), math.perm(6), math.perm(3, 5))
print(math.comb(10**20, 2))
print(math.isqrt(99), math.isqrt(10**40 + 1))
print(math.prod(range(1, 11)), math.prod([]), math.prod([1.5, 2, 4]), math.prod([2, 3], start=10))
print(math.prod(['ab', 3]))
cases = [
    ('math.factorial(-3)', lambda: math.factorial(-3)),
    ('math.factorial(2.5)', lambda: math.factorial(2.5)),
    ("math.factorial('5')", lambda: math.factorial('5')),
    ('math.comb(-2, 1)', lambda: math.comb(-2, 1)),
    ('math.comb(5, -1)', lambda: math.comb(5, -1)),
    ('math.perm(4, -2)', lambda: math.perm(4, -2)),
    ('math.gcd(2.0, 4)', lambda: math.gcd(2.0, 4)),
    ('math.isqrt(-4)', lambda: math.isqrt(-4)),
    ('math.factorial(10**20)', lambda: math.factorial(10**20)),
    ("math.prod([1, 'a', 2])", lambda: math.prod([1, 'a', 2])),
]
for name, fn in cases:
    try:
        print(fn())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as exc:
        print(name, '->', type(exc).__name__, exc)
