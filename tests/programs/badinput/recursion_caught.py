def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

def forever():
    forever()

try:
    forever()
except RecursionError as e:
    print("RecursionError:", e)
print(depth(0) > 900)
print(issubclass(RecursionError, RuntimeError))
