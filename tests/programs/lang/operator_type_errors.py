cases = [
    lambda: 1 + "a",
    lambda: "a" - "b",
    lambda: [1] + (2,),
    lambda: {} + {},
    lambda: None + 1,
    lambda: 3 * None,
    lambda: [] * [],
    lambda: 2 ** "x",
    lambda: -"s",
    lambda: ~1.5,
    lambda: {1} + {2},
    lambda: 1 / "2",
    lambda: 5 // "1",
    lambda: len < 3,
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)
