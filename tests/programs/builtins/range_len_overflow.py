print(len(range(10)))
try:
    len(range(10**20))
except OverflowError as e:
    print(e)
