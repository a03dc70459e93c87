inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf)
print(nan == nan, nan != nan, nan is nan, inf == inf)
print(inf > 10 ** 300, -inf < -10 ** 300)
print(1e308 * 10, -1e308 * 10)
print(float("nan") in [nan], nan in [nan])
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
