import time
a = time.monotonic()
b = time.monotonic()
c = time.perf_counter()
d = time.perf_counter()
e = time.time()
print(b >= a, d >= c, e > 0)
print(type(a).__name__, type(c).__name__, type(e).__name__)
