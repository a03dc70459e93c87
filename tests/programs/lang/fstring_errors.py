try:
    f"{3:d}" and f"{'abc':d}"
except ValueError as e:
    print(e)
try:
    f"{2.5:d}"
except ValueError as e:
    print(e)
try:
    f"{'s':.2f}"
except ValueError as e:
    print(e)
try:
    f"{None:>5}"
except TypeError as e:
    print(e)
try:
    format(5, "q")
except ValueError as e:
    print(e)
