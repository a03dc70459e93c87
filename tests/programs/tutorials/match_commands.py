class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def describe(obj):
    match obj:
        case None:
            return "nothing"
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num:
            return f"number {num}"
        case str() as s if not s:
            return "empty string"
        case str(s):
            return f"string of {len(s)}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest]:
            return f"list starting {first} (+{len(rest)})"
        case {"type": "user", "name": name, **extra}:
            return f"user {name} extras={sorted(extra)}"
        case {"type": kind}:
            return f"record of type {kind}"
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x-axis at {x}"
        case Point(x=x, y=y):
            return f"point ({x}, {y})"
        case _:
            return f"unknown {type(obj).__name__}"


for value in [None, 0, -5, 3.5, "", "hey", [1, 2], [1, 2, 3], (9,), [], {"type": "user", "name": "ann", "age": 3},
              {"type": "order"}, {"id": 1}, Point(0, 0), Point(4, 0), Point(1, 2), {1, 2}]:
    print(f"{value!r:<40} -> {describe(value)}")


def run(program):
    stack = []
    for line in program.splitlines():
        match line.split():
            case ["push", num]:
                stack.append(int(num))
            case ["pop"]:
                stack.pop()
            case ["add" | "mul" as op]:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b if op == "add" else a * b)
            case ["dup"]:
                stack.append(stack[-1])
            case ["print", *what]:
                print(" ".join(what) or "", stack)
            case []:
                continue
            case [cmd, *_]:
                print(f"unknown command {cmd!r}")
    return stack


print(run("push 3\npush 4\nadd\ndup\nmul\n\nprint result:\njump 5\npush 1\nprint"))
