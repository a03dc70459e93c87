import sys
try:
    raise KeyboardInterrupt
finally:
    print("finally runs")
    sys.exit(9)
