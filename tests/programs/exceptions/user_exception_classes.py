class MyError(Exception):
    pass

class DetailedError(MyError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field

class CustomStr(Exception):
    def __str__(self):
        return "custom str"

try:
    raise MyError("plain")
except MyError as e:
    print(repr(e), str(e), e.args)
try:
    raise DetailedError("age", "negative")
except MyError as e:
    print(type(e).__name__, e, e.field, e.args)
try:
    raise CustomStr("ignored arg")
except CustomStr as e:
    print(str(e), repr(e), e.args)
print(issubclass(DetailedError, Exception), DetailedError.__mro__)
