def attempt(x):
    try:
        print("  try", x)
        result = 10 / x
    except ZeroDivisionError:
        print("  except")
        return "error"
    else:
        print("  else")
        return result
    finally:
        print("  finally")

print(attempt(2))
print(attempt(0))
