assert True
assert 1 + 1 == 2, "math works"
try:
    assert False
except AssertionError as e:
    print("AssertionError args:", e.args)
try:
    assert 2 + 2 == 5, "two plus two is " + str(2 + 2)
except AssertionError as e:
    print("message:", e)
print("end")
