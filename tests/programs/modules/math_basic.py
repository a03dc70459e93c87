import math
from math import pi, sqrt, floor, ceil

print(pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(sqrt(16), sqrt(2), floor(-2.5), ceil(2.1), math.trunc(-7.9))
print(floor(1e20), ceil(-1e300) == -10**300 or ceil(-1e300) < 0, type(floor(3.7)).__name__)
print(math.fabs(-4), math.pow(2, 10), math.exp(1), math.exp(-1))
print(math.log(math.e), math.log(1024, 2), math.log(100, 10), math.log2(8), math.log10(0.01))
print(math.log(10**500), math.log10(10**500), math.log2(2**2000))
print([round(math.sin(x / 4), 12) for x in range(5)])
print(math.sin(1), math.cos(1), math.tan(1), math.atan2(1, -1), math.hypot(3, 4, 12))
print(math.degrees(math.pi / 3), math.radians(45), math.copysign(2, -0.0))
print(math.modf(3.75), math.frexp(48.0), math.ldexp(0.75, 6))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1, 1.1, rel_tol=0.2))
print(math.isinf(float('-inf')), math.isnan(math.nan), math.isfinite(1.0))
cases = [
    ('math.sqrt(-1)', lambda: math.sqrt(-1)),
    ('math.log(0)', lambda: math.log(0)),
    ('math.floor(math.inf)', lambda: math.floor(math.inf)),
    ('math.floor(math.nan)', lambda: math.floor(math.nan)),
    ('math.exp(1e4)', lambda: math.exp(1e4)),
    ('math.pow(0.0, -2)', lambda: math.pow(0.0, -2)),
    ("math.sqrt('x')", lambda: math.sqrt('x')),
    ('math.log(5, 1)', lambda: math.log(5, 1)),
    ("math.trunc('x')", lambda: math.trunc('x')),
    ('math.sin(math.inf)', lambda: math.sin(math.inf)),
]
for name, fn in cases:
    try:
        print(fn())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as exc:
        print(name, '->', type(exc).__name__, exc)

print(math.sqrt(4))
math.log(-1)
