import math

values = [0.1] * 10
print(sum(values), math.fsum(values))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), sum([1e-16, 1, 1e16]))
print(math.fsum([1, 2, 3]), math.fsum(range(10)), math.fsum([]), math.fsum(x / 7 for x in range(100)))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1.0]), math.fsum([math.nan, 1.0]))
print(math.fsum([2.0 ** 53, 1.0, 1.0]), math.fsum([2.0 ** 53, -0.5, -2.0 ** -54]))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]))
seq = [(-1) ** k / (2 * k + 1) for k in range(1000)]
print(4 * math.fsum(seq), 4 * sum(seq))
print(math.hypot(*range(10)), math.hypot(1e-320, 1e-320), math.hypot(1e300, 1e300))
for bad in [[1e308, 1e308], [math.inf, -math.inf], ['a'], 3]:
    try:
        print(math.fsum(bad))
    except (ValueError, OverflowError, TypeError) as exc:
        print(repr(bad), '->', type(exc).__name__, exc)
