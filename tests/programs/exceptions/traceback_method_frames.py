class Parser:
    def parse(self, text):
        return self._parse_number(text.strip())

    def _parse_number(self, token):
        return float(token)

p = Parser()
print(p.parse(" 1.5 "))
print(p.parse("one point five"))
