class AppError(Exception):
    """Base class for application errors."""

    def __init__(self, message, *, code=500):
        super().__init__(message)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}", code=422)
        self.field = field


class NotFoundError(AppError, LookupError):
    def __init__(self, what):
        super().__init__(f"{what} not found", code=404)


USERS = {1: {"name": "ann", "email": "ann@example.com"}, 2: {"name": "", "email": "bob"}}


def get_user(uid):
    try:
        return USERS[uid]
    except KeyError as e:
        raise NotFoundError(f"user {uid}") from e


def validate(user):
    if not user["name"]:
        raise ValidationError("name", "must not be empty")
    if "@" not in user["email"]:
        raise ValidationError("email", f"{user['email']!r} is not an address")
    return True


def handle(uid):
    try:
        user = get_user(uid)
        validate(user)
    except ValidationError as e:
        return f"invalid ({e.field}) -> {e}"
    except AppError as e:
        cause = e.__cause__
        return f"error {e.code}: {e} (cause={cause!r}, lookup={isinstance(e, LookupError)})"
    else:
        return f"ok: {user['name']}"
    finally:
        print(f"handled {uid}")


for uid in (1, 2, 3):
    print(handle(uid))

print(NotFoundError.__mro__)
print(repr(ValidationError("age", "negative")), ValidationError("age", "x").args)


def parse_config(text):
    result = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        try:
            key, value = line.split("=")
            result[key.strip()] = int(value)
        except ValueError as exc:
            raise AppError(f"line {lineno}: bad entry {line!r}", code=400) from exc
    return result


print(parse_config("a = 1\nb=2"))
try:
    parse_config("a=1\nb=two")
except AppError as e:
    print(e, "| caused by", type(e.__cause__).__name__, e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(type(e.__context__).__name__, e.__suppress_context__, e.__cause__)

try:
    raise ValueError("no context") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)

e = AppError("plain")
print(e, e.code, e.args, isinstance(e, Exception), AppError.__doc__)
raise NotFoundError("config file") from KeyError("cfg")
