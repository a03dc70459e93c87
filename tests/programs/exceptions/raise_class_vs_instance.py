try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError()
except ValueError as e:
    print(repr(e))
err = KeyError("saved")
try:
    raise err
except KeyError as e:
    print(e is err)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise "string"
except TypeError as e:
    print(e)
class NotAnException:
    pass
try:
    raise NotAnException
except TypeError as e:
    print(e)
