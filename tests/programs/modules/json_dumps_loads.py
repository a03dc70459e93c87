import json
data = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "ok": True, "none": None, "pi": 3.14159, "big": 10**20, "e": 1e-7, "nested": {"a": [1, {"b": []}], "c": {}}, 5: "int key", 2.5: "f", False: 0}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=False))
print(json.dumps({"b": 1, "a": [1, 2]}, sort_keys=True, separators=(",", ":")))
print(json.dumps("héllo \u2603 \U0001F600 \"q\" \\ \n\t\x01"), json.dumps("héllo \u2603", ensure_ascii=False))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 1.0, 0.1 + 0.2, -0.0, 1e300]))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps([[]], indent=2), json.dumps({"a": {}}, indent=1))
class P:
    def __init__(self): self.x = 1
print(json.dumps(P(), default=lambda o: o.__dict__), json.dumps({(1, 2): 3}, skipkeys=True))
for bad in [lambda: json.dumps(P()), lambda: json.dumps({(1,): 2}), lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.dumps({1, 2})]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
text = json.dumps(data)
back = json.loads(text); print(back, back == data)
print(json.loads('  [1, 2.5, -3e2, "a\\u00e9\\n\\ud83d\\ude00", true, false, null, {"k": {"z": []}}, NaN, -Infinity, 0, -0.0, 1E3]  '))
print(json.loads('{"a": 1, "a": 2}'), json.loads('"x"'), json.loads("12"), json.loads('{"x": 1.5}', parse_float=str), json.loads('[1]', parse_int=float))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list), json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
for bad in ['', '[1,]', '{"a" 1}', '{"a": 1,}', "{'a': 1}", '[1 2]', '"abc', '[1] x', '{"a":\n tru}', '"\\x"', '"\\u12"', '01', '-', '[', '{', '{"a": 1', '"a\tb"', '{1: 2}', '[1,\n\n  ]']:
    try:
        json.loads(bad)
        print("ok?", bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print(e)
import sys
json.dump({"x": [1, 2]}, sys.stdout, indent=1); print()
print(json.loads("[NaN, -Infinity, 1]", parse_constant=lambda w: "const:" + w), json.loads("[NaN, Infinity]"))
