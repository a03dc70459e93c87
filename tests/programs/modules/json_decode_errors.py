import json
for t in ['"\\ud83d\\u12"', '[1.]', '[.5]', '[1e]', '[-01]', '[1.5e+3, 2E-2]', '  ', 'nul', '[true false]', '{"a":1 "b":2}', '["a" , ]', '1 2', '"\\"']:
    try:
        print(repr(json.loads(t)))
    except json.JSONDecodeError as e:
        print(e)
