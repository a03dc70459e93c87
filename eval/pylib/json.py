"""json: dumps/dump and loads/load. pyasync's own implementation, in the
Python it runs; the text it writes is byte for byte CPython's."""

import math


class JSONDecodeError(ValueError):
    """loads() met text that is not JSON: msg, at index pos (line lineno,
    column colno)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__(f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = lineno, colno


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "\b": "\\b", "\f": "\\f"}


def _quote(s, ensure_ascii):
    out = ['"']
    for ch in s:
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
            continue
        n = ord(ch)
        if n < 0x20 or (ensure_ascii and n > 0x7E):
            if n > 0xFFFF:
                n -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF)))
            else:
                out.append("\\u%04x" % n)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _float(f, allow_nan):
    if f != f:
        text = "NaN"
    elif f == math.inf:
        text = "Infinity"
    elif f == -math.inf:
        text = "-Infinity"
    else:
        return float.__repr__(f)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class _Encoder:
    def __init__(self, skipkeys, ensure_ascii, check_circular, allow_nan,
                 indent, separators, default, sort_keys):
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        if separators is None:
            separators = (", ", ": ") if indent is None else (",", ": ")
        self.item_sep, self.key_sep = separators
        self.skipkeys, self.ensure_ascii = skipkeys, ensure_ascii
        self.allow_nan, self.indent = allow_nan, indent
        self.default, self.sort_keys = default, sort_keys
        self.markers = {} if check_circular else None

    def encode(self, o):
        out = []
        self._value(o, 0, out)
        return "".join(out)

    def _enter(self, o):
        if self.markers is not None:
            if id(o) in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[id(o)] = o

    def _leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def _newline(self, level):
        if self.indent is None:
            return ""
        return "\n" + self.indent * level

    def _value(self, o, level, out):
        if isinstance(o, str):
            out.append(_quote(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._list(o, level, out)
        elif isinstance(o, dict):
            self._dict(o, level, out)
        else:
            self._enter(o)
            if self.default is None:
                raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
            self._value(self.default(o), level, out)
            self._leave(o)

    def _list(self, o, level, out):
        if not o:
            out.append("[]")
            return
        self._enter(o)
        out.append("[")
        sep = self.item_sep + self._newline(level + 1)
        out.append(self._newline(level + 1))
        for i, v in enumerate(o):
            if i:
                out.append(sep)
            self._value(v, level + 1, out)
        out.append(self._newline(level) + "]")
        self._leave(o)

    def _key(self, k):
        if isinstance(k, str):
            return k
        if k is True:
            return "true"
        if k is False:
            return "false"
        if k is None:
            return "null"
        if isinstance(k, int):
            return int.__repr__(k)
        if isinstance(k, float):
            return _float(k, self.allow_nan)
        if self.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")

    def _dict(self, o, level, out):
        if not o:
            out.append("{}")
            return
        self._enter(o)
        out.append("{")
        items = sorted(o.items()) if self.sort_keys else o.items()
        sep = self.item_sep + self._newline(level + 1)
        out.append(self._newline(level + 1))
        first = True
        for k, v in items:
            k = self._key(k)
            if k is None:
                continue
            if not first:
                out.append(sep)
            first = False
            out.append(_quote(k, self.ensure_ascii))
            out.append(self.key_sep)
            self._value(v, level + 1, out)
        out.append(self._newline(level) + "}")
        self._leave(o)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, indent=None, separators=None, default=None,
          sort_keys=False):
    """obj as JSON text. There is no JSONEncoder class, so no cls."""
    return _Encoder(skipkeys, ensure_ascii, check_circular, allow_nan,
                    indent, separators, default, sort_keys).encode(obj)


def dump(obj, fp, **kw):
    """Write obj as JSON text to the file fp."""
    fp.write(dumps(obj, **kw))


_WS = " \t\n\r"
_UNESCAPE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f",
             "n": "\n", "r": "\r", "t": "\t"}
_CONSTANTS = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}


class _Decoder:
    def __init__(self, s, object_hook, parse_float, parse_int, parse_constant,
                 object_pairs_hook):
        self.s = s
        self.object_hook, self.object_pairs_hook = object_hook, object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__

    def fail(self, msg, pos):
        raise JSONDecodeError(msg, self.s, pos)

    def skip(self, i):
        s = self.s
        while i < len(s) and s[i] in _WS:
            i += 1
        return i

    def value(self, i):
        s = self.s
        if i >= len(s):
            self.fail("Expecting value", i)
        ch = s[i]
        if ch == '"':
            return self.string(i + 1)
        if ch == "{":
            return self.object(i + 1)
        if ch == "[":
            return self.array(i + 1)
        for word, v in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, i):
                return v, i + len(word)
        for word in _CONSTANTS:
            if s.startswith(word, i):
                return self.parse_constant(word), i + len(word)
        return self.number(i)

    def number(self, i):
        s = self.s
        j = i
        if j < len(s) and s[j] == "-":
            j += 1
        if j < len(s) and s[j] == "0":
            j += 1
        elif j < len(s) and "1" <= s[j] <= "9":
            while j < len(s) and s[j] in "0123456789":
                j += 1
        else:
            self.fail("Expecting value", i)
        is_float = False
        if j + 1 < len(s) and s[j] == "." and s[j + 1] in "0123456789":
            is_float = True
            j += 2
            while j < len(s) and s[j] in "0123456789":
                j += 1
        if j < len(s) and s[j] in "eE":
            k = j + 1
            if k < len(s) and s[k] in "+-":
                k += 1
            if k < len(s) and s[k] in "0123456789":
                while k < len(s) and s[k] in "0123456789":
                    k += 1
                is_float, j = True, k
        text = s[i:j]
        return (self.parse_float(text) if is_float else self.parse_int(text)), j

    def string(self, i):
        s = self.s
        start = i - 1
        out = []
        while True:
            j = i
            while j < len(s) and s[j] not in '"\\' and s[j] >= " ":
                j += 1
            out.append(s[i:j])
            if j >= len(s):
                self.fail("Unterminated string starting at", start)
            ch = s[j]
            if ch == '"':
                return "".join(out), j + 1
            if ch != "\\":
                self.fail("Invalid control character at", j)
            if j + 1 >= len(s):
                self.fail("Unterminated string starting at", start)
            esc = s[j + 1]
            if esc == "u":
                code = self.hex4(j + 2, j + 1)
                i = j + 6
                if 0xD800 <= code <= 0xDBFF and s.startswith("\\u", i):
                    low = self.hex4(i + 2, i + 1)
                    if 0xDC00 <= low <= 0xDFFF:
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                out.append(chr(code))
            elif esc in _UNESCAPE:
                out.append(_UNESCAPE[esc])
                i = j + 2
            else:
                self.fail("Invalid \\escape", j)

    def hex4(self, i, at):
        digits = self.s[i:i + 4]
        if len(digits) != 4 or any(c not in "0123456789abcdefABCDEF" for c in digits):
            self.fail("Invalid \\uXXXX escape", at)
        return int(digits, 16)

    def array(self, i):
        s = self.s
        items = []
        i = self.skip(i)
        if i < len(s) and s[i] == "]":
            return items, i + 1
        while True:
            v, i = self.value(i)
            items.append(v)
            i = self.skip(i)
            if i < len(s) and s[i] == "]":
                return items, i + 1
            if i >= len(s) or s[i] != ",":
                self.fail("Expecting ',' delimiter", i)
            i = self.skip(i + 1)
            if i < len(s) and s[i] == "]":
                self.fail("Expecting value", i)

    def object(self, i):
        s = self.s
        pairs = []
        i = self.skip(i)
        if i < len(s) and s[i] == "}":
            return self.finish(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                self.fail("Expecting property name enclosed in double quotes", i)
            k, i = self.string(i + 1)
            i = self.skip(i)
            if i >= len(s) or s[i] != ":":
                self.fail("Expecting ':' delimiter", i)
            i = self.skip(i + 1)
            v, i = self.value(i)
            pairs.append((k, v))
            i = self.skip(i)
            if i < len(s) and s[i] == "}":
                return self.finish(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                self.fail("Expecting ',' delimiter", i)
            i = self.skip(i + 1)

    def finish(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        return d if self.object_hook is None else self.object_hook(d)


def loads(s, *, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None):
    """The Python value of the JSON text s. There is no JSONDecoder class,
    so no cls."""
    if not isinstance(s, str):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {type(s).__name__}")
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    d = _Decoder(s, object_hook, parse_float, parse_int, parse_constant,
                 object_pairs_hook)
    v, end = d.value(d.skip(0))
    end = d.skip(end)
    if end != len(s):
        d.fail("Extra data", end)
    return v


def load(fp, **kw):
    """The Python value of the JSON text read from the file fp."""
    return loads(fp.read(), **kw)
