class Token:
    def __init__(self, kind, value):
        self.kind, self.value = kind, value

    def __repr__(self):
        return f"{self.kind}:{self.value}"


class CalcError(Exception):
    pass


def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(Token("NUM", float(text) if "." in text else int(text)))
            i = j
        elif ch in "+-*/()^%":
            tokens.append(Token("OP", ch))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r} at {i}")
    tokens.append(Token("EOF", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens, self.pos = tokens, 0

    def peek(self):
        return self.tokens[self.pos]

    def eat(self, value=None):
        tok = self.tokens[self.pos]
        if value is not None and tok.value != value:
            raise CalcError(f"expected {value!r}, got {tok.value!r}")
        self.pos += 1
        return tok

    def expr(self):
        left = self.term()
        while self.peek().value in ("+", "-"):
            op = self.eat().value
            right = self.term()
            left = left + right if op == "+" else left - right
        return left

    def term(self):
        left = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.eat().value
            right = self.factor()
            if op != "*" and right == 0:
                raise CalcError("division by zero")
            left = left * right if op == "*" else left / right if op == "/" else left % right
        return left

    def factor(self):
        base = self.unary()
        if self.peek().value == "^":
            self.eat()
            return base ** self.factor()
        return base

    def unary(self):
        tok = self.peek()
        if tok.value == "-":
            self.eat()
            return -self.unary()
        if tok.value == "(":
            self.eat()
            v = self.expr()
            self.eat(")")
            return v
        if tok.kind == "NUM":
            return self.eat().value
        raise CalcError(f"unexpected token {tok!r}")


def calc(src):
    p = Parser(tokenize(src))
    v = p.expr()
    if p.peek().kind != "EOF":
        raise CalcError(f"trailing input at token {p.pos}")
    return v


for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-(4 - 6) * 2.5", "7 / 2", "7 % 3 + 10 / 4",
            "2 ^ 100", "1 / 0", "3 +", "4 $ 4", "(1 + 2", "1 2", "0.1 + 0.2", "-2 ^ 2"]:
    try:
        print(f"{src:<16} = {calc(src)}")
    except CalcError as e:
        print(f"{src:<16} ! {e}")
print(tokenize("12*(3.5)"))
